export const fr = {
  'engine.file.empty': 'Ce fichier est vide. Choisissez une autre photo.',
  'engine.file.too_large':
    'Ce fichier pèse {size}, plus que les 40 Mo acceptés. Choisissez une photo plus légère.',
  'engine.format.unsupported':
    'Ce fichier est au format {format}, qui n’est pas une photo lisible ici. Exportez-la en JPEG puis réessayez.',
  'engine.format.name.text': 'texte',
  'engine.format.name.video': 'vidéo',
  'engine.format.name.unknown': 'inconnu',
  'engine.image.corrupt': 'Cette photo est abîmée et ne peut pas être lue. Exportez-la de nouveau en JPEG.',
  'engine.image.too_many_pixels':
    'Cette image fait {megapixels} mégapixels, plus que les {limit} acceptés pour ce format. Réduisez-la ou exportez-la en JPEG, puis réessayez.',
  'engine.image.too_small':
    'Cette photo est trop petite ({width} × {height} pixels) : il faut au moins 300 pixels de côté.',
  'engine.engine.aborted': 'La préparation de la photo a été interrompue.',
  'engine.engine.internal':
    'La préparation de la photo a échoué. Réessayez ; si cela recommence, essayez une autre photo.',
} as const satisfies Record<string, string>;
