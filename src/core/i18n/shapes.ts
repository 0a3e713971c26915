/** What the add-on says when a sheet holds nothing it can work on. */
import { defineCatalogue } from './messages';

export const tShapes = defineCatalogue(
  {
    'refresh.emptySheet':
      'Nothing to review: “{sheet}” is empty. Add your programs (one per row, names in the first column), or use “Format review sheet” to start from a template.',
  },
  {
    'refresh.emptySheet':
      'Rien à revoir : « {sheet} » est vide. Ajoutez vos programmes (un par ligne, les noms en première colonne), ou utilisez « Mettre en forme le tableau de revue » pour partir d’un modèle.',
  },
);
