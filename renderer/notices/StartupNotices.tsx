import { usePendingFocus } from '../focus/usePendingFocus';
import { surfaceHeadingId } from '../focus/surfaceHeading';
import { NoticeBanner } from './NoticeBanner';
import { useStartupNotices } from './useStartupNotices';

const dismissIdFor = (index: number) => `notice-dismiss-${index}`;

/** Banners for what the store did while starting (a damaged file set aside, a backup restored). */
export function StartupNotices() {
  const { notices, problem, dismiss } = useStartupNotices();
  const focusLater = usePendingFocus();

  function dismissAndMoveOn(index: number): void {
    dismiss(index);
    const remaining = notices.length - 1;
    focusLater(remaining > 0 ? dismissIdFor(Math.min(index, remaining - 1)) : surfaceHeadingId);
  }

  if (notices.length === 0 && problem === null) return null;
  return (
    <section className="notices" aria-label="Notices">
      {problem !== null && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      {notices.map((notice, index) => (
        <NoticeBanner
          key={`${notice.kind}:${notice.file}:${index}`}
          message={notice.message}
          dismissId={dismissIdFor(index)}
          onDismiss={() => dismissAndMoveOn(index)}
        />
      ))}
    </section>
  );
}
