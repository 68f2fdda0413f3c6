import type { Strings } from '../strings';
import type { fr } from './engine';

export const en: Strings<typeof fr> = {
  'engine.file.empty': 'This file is empty. Choose another photo.',
  'engine.file.too_large': 'This file weighs {size}, more than the 40 MB accepted. Choose a lighter photo.',
  'engine.format.unsupported':
    'This file is in {format} format, which cannot be read here. Export it as JPEG and try again.',
  'engine.format.name.text': 'text',
  'engine.format.name.video': 'video',
  'engine.format.name.unknown': 'unknown',
  'engine.image.corrupt': 'This photo is damaged and cannot be read. Export it again as JPEG.',
  'engine.image.too_many_pixels':
    'This image has {megapixels} megapixels, more than the {limit} accepted for this format. Shrink it or export it as JPEG, then try again.',
  'engine.image.too_small':
    'This photo is too small ({width} × {height} pixels): it needs at least 300 pixels per side.',
  'engine.engine.aborted': 'Preparing the photo was interrupted.',
  'engine.engine.internal': 'Preparing the photo failed. Try again; if it happens again, try another photo.',
};
