// Run inside a desktop session: node --import tsx showInvitation.ts <title> <body>
// Shows one invitation through the real node-notifier notifier and prints the outcome
// as JSON, so a test can compare it with what reached the notification daemon.
import { createNodeNotifierNotifier } from '../../../electron/core/notifications/nodeNotifierNotifier';

const [title = '', body = ''] = process.argv.slice(2);
const started = performance.now();
const result = await createNodeNotifierNotifier().show({ title, body, sound: false }, () => {});
console.log(JSON.stringify({ result, elapsedMs: Math.round(performance.now() - started) }));
