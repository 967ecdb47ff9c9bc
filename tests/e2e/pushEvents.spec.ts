import { channelFor } from '../../shared/ipc/contract';
import { expect, test } from './harness/presenceTest';

test.describe('changes made elsewhere show up without a reload', () => {
  test('a reset saved in its own window appears in an open Journal', async ({ page, presence }) => {
    await presence.open('#/journal');
    await expect(page.getByText('Nothing here yet', { exact: false })).toBeVisible();

    // The Reset window is another page of the app; its call reaches the same backend.
    const saved = await presence.backend.dispatch(channelFor('saveReset'), `${presence.origin}/#/reset`, {
      feeling: null,
      answers: { myFeeling: 'Tight in the chest.', theirFeeling: 'Maybe rushed.', curiousReply: 'Ask what they need.' },
    });
    expect(saved.ok).toBe(true);

    await expect(page.getByText('Tight in the chest.')).toBeVisible();
    await expect(page.getByText('Nothing here yet', { exact: false })).toHaveCount(0);
  });

  test('a snooze from the tray updates the status in an open Settings window', async ({ page, presence }) => {
    await presence.open('#/settings');
    const status = page.getByRole('region', { name: 'Invitations' });
    await expect(status).not.toContainText('Snoozed');

    await presence.backend.current().snooze('rest-of-today');

    await expect(status).toContainText('Snoozed until');
    await expect(status.getByRole('button', { name: 'Resume' })).toBeVisible();
  });
});
