/** Every inserter by name (the order per editor kind lives in ../plan.ts). */
import { beforeInputInserter } from './beforeinput';
import { ckeditor4ApiInserter } from './ckeditor4-api';
import { ckeditor5ApiInserter } from './ckeditor5-api';
import { execCommandInserter } from './exec-command';
import { pasteInserter } from './paste';
import { quill1ApiInserter } from './quill1-api';
import { rangeInserter } from './range';
import { textfieldInserter } from './textfield';
import { tinymceApiInserter } from './tinymce-api';
import type { Inserter, InserterName } from '../types';

export const inserters: Record<InserterName, Inserter> = {
  textfield: textfieldInserter,
  'exec-command': execCommandInserter,
  range: rangeInserter,
  paste: pasteInserter,
  beforeinput: beforeInputInserter,
  'ckeditor5-api': ckeditor5ApiInserter,
  'ckeditor4-api': ckeditor4ApiInserter,
  'quill1-api': quill1ApiInserter,
  'tinymce-api': tinymceApiInserter,
};
