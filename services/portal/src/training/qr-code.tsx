import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code of `value` as an image (a data: URL, which the portal's content security policy allows), drawn
 * sharp at any size: the attendance screen's is scanned from the back of a room, the handout's from paper.
 */
export function QrCode(props: { value: string; label: string; size: number; className?: string }) {
  const { value, size } = props;
  const [drawn, setDrawn] = useState<{ value: string; url: string }>();
  useEffect(() => {
    let current = true;
    // Drawn at its display size: no blurring between modules, which readers need to tell apart.
    toDataURL(value, { width: size, margin: 4, errorCorrectionLevel: 'M' }).then(
      (url) => current && setDrawn({ value, url }),
      () => current && setDrawn(undefined),
    );
    return () => {
      current = false;
    };
  }, [value, size]);
  const src = drawn?.value === value ? drawn.url : undefined;
  return (
    <img
      className={['qr', props.className].filter(Boolean).join(' ')}
      src={src}
      alt={props.label}
      width={size}
      height={size}
      data-value={value}
      aria-busy={!src}
    />
  );
}
