import { SettingsForm } from '@/components/SettingsForm';
import { WorkingHoursSettings } from '@/components/settings/WorkingHoursSettings';
import { HiddenSitesSettings } from '@/components/settings/HiddenSitesSettings';
import { TemplateLibrarySection } from '@/components/library/TemplateLibrarySection';

/** The options page (opens in a tab): templates, packs and settings. */
export function App() {
  return (
    <main className="page page--options">
      <h1>Tactful</h1>
      <SettingsForm />
      <WorkingHoursSettings />
      <HiddenSitesSettings />
      <TemplateLibrarySection />
    </main>
  );
}
