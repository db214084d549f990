/**
 * The page-world half of the inserters that need the page's JavaScript: what entrypoints/insert-main-world.ts
 * serves to the content script. Kept apart from the inserter list so the page-world bundle stays small.
 */
import { beforeInputInPage } from './inserters/beforeinput';
import { ckeditor4InPage } from './inserters/ckeditor4-api';
import { ckeditor5InPage } from './inserters/ckeditor5-api';
import { pasteInPage } from './inserters/paste';
import { quill1InPage } from './inserters/quill1-api';
import { tinymceInPage } from './inserters/tinymce-api';
import type { PageAction, PageActionName } from './types';

export const pageActions: Record<PageActionName, PageAction> = {
  paste: pasteInPage,
  beforeinput: beforeInputInPage,
  'ckeditor5-api': ckeditor5InPage,
  'ckeditor4-api': ckeditor4InPage,
  'quill1-api': quill1InPage,
  'tinymce-api': tinymceInPage,
};
