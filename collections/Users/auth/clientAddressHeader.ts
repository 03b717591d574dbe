/**
 * The request header carrying the client's address from express (which applies `trust proxy`) to Payload's
 * handlers; src/http/stampClientAddress overwrites whatever a client sent under this name.
 */
export const clientAddressHeader = 'x-vetted-client-address'
