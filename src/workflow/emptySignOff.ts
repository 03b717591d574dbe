// A post's sign-off when nobody has signed (or the signature was voided): every field empty.
export const emptySignOff = {
  contentHash: null,
  credentials: { degree: null, specialty: null, verifiedAt: null },
  note: null,
  signedOffAt: null,
  signedOffBy: null,
}
