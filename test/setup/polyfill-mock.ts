// Stands in for webextension-polyfill in unit tests (RECIPE.md §4): the real one throws outside an extension.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
export const browser = fakeBrowser;
