// Demo images drawn with sharp from the clinic's brand colour: a logo for every clinic and a hero image for every
// post, so a newcomer's /v1 and starter site show real, public images. Shapes only (no text, so no fonts needed).
import sharp from 'sharp'

export type DemoFile = { data: Buffer; mimetype: string; name: string; size: number }

const fileOf = (data: Buffer, name: string, mimetype: string): DemoFile => ({ data, mimetype, name, size: data.length })

/** A 512×512 rounded square in the brand colour with a white tick: the "vetted" mark. */
export const demoLogo = async (colour: string, name: string): Promise<DemoFile> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><rect width="512" height="512" rx="96" fill="${colour}"/><path d="M136 268l80 80 160-184" fill="none" stroke="#fff" stroke-width="56" stroke-linecap="round" stroke-linejoin="round"/></svg>`
  return fileOf(await sharp(Buffer.from(svg)).png().toBuffer(), `${name}.png`, 'image/png')
}

/** A 1200×675 (16:9) calm abstract: the brand colour fading to white, with soft circles placed by `variant`. */
export const demoHero = async (colour: string, variant: number, name: string): Promise<DemoFile> => {
  const circles = [0, 1, 2]
    .map((index) => {
      const x = 150 + ((variant * 397 + index * 541) % 900)
      const y = 110 + ((variant * 211 + index * 313) % 450)
      const r = 90 + ((variant + index) % 3) * 70
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" fill-opacity="0.18"/>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colour}"/><stop offset="1" stop-color="#f4f7f9"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/>${circles}</svg>`
  return fileOf(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer(), `${name}.jpg`, 'image/jpeg')
}
