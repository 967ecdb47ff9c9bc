interface NoticeBannerProps {
  message: string;
  dismissId: string;
  onDismiss(): void;
}

export function NoticeBanner({ message, dismissId, onDismiss }: NoticeBannerProps) {
  return (
    <div className="notice">
      <p className="notice-message">{message}</p>
      <button type="button" id={dismissId} className="button quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
