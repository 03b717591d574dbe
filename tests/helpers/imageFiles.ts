// Image files to upload, in the shape Payload's Local API takes for `file`.
import sharp from 'sharp'

/** A small real PNG (64×48, one colour). */
export const pngFile = async (name = 'photo.png') => {
  const data = await sharp({ create: { background: '#336699', channels: 3, height: 48, width: 64 } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}
