import { mountExtensionPage } from '@/components/mount-extension-page';
import { App } from './App';

mountExtensionPage(App);
