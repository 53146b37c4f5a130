/**
 * The gallery's list of templates (src/templates/gallery.ts). Here computed when the module runs (the
 * tests); in the add-in's build this module is replaced by its result, as JSON
 * (scripts/build/galleryData.ts), so the pane's first screen carries no seeds and no templates' code.
 */
import { gallery, type Gallery } from '../templates/gallery';

export const GALLERY: Gallery = gallery();
