import type { FormEvent } from 'react';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { surfaceHeadingId } from '../focus/surfaceHeading';
import { DataSection } from '../transfer/DataSection';
import { ConsiderateSection } from './ConsiderateSection';
import { PauseSection } from './PauseSection';
import { SchedulerPanel } from './SchedulerPanel';
import { fieldId } from './settingsFieldIds';
import { StartSection } from './StartSection';
import { useSchedulerStatus } from './useSchedulerStatus';
import { useSettings } from './useSettings';
import { WhenSection } from './WhenSection';

const problemId = 'settings-problem';

export function SettingsSurface() {
  const scheduler = useSchedulerStatus();
  const settings = useSettings(scheduler.refresh);
  const { form } = settings;

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const needsAttention = await settings.save();
    if (needsAttention !== null) document.getElementById(fieldId(needsAttention))?.focus();
  }

  return (
    <div className="settings">
      <h1 id={surfaceHeadingId} tabIndex={-1}>
        Settings
      </h1>
      <p className="surface-intro">When Presence invites a pause, and how.</p>
      <SchedulerPanel scheduler={scheduler} />
      {settings.loadProblem !== null && <ProblemMessage id="settings-load-problem" problem={settings.loadProblem} />}
      {form === null && settings.loadProblem === null && <p className="quiet-text">Reading your settings…</p>}
      {form !== null && (
        <form className="settings-form" aria-label="Settings" noValidate onSubmit={save}>
          <WhenSection settings={settings} form={form} />
          <ConsiderateSection settings={settings} form={form} />
          <PauseSection settings={settings} form={form} />
          <StartSection settings={settings} form={form} />
          <div className="settings-footer">
            <ProblemMessage id={problemId} problem={settings.problem} />
            <div className="save-row">
              <button type="submit" className="button primary" aria-disabled={settings.saving} aria-describedby={settings.problem === null ? undefined : problemId}>
                {settings.saving ? 'Saving…' : 'Save settings'}
              </button>
              <div role="status" className="save-status">
                {settings.confirmation && <p>{settings.confirmation}</p>}
                {settings.warnings.map((warning) => (
                  <p key={warning} className="warning">
                    {warning}
                  </p>
                ))}
              </div>
            </div>
          </div>
        </form>
      )}
      {/* Outside the form: exporting or importing saves nothing there, and has its own status. */}
      <DataSection />
    </div>
  );
}
