/** Raster images only: SVG and HTML can carry scripts, so neither is ever accepted. */
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
