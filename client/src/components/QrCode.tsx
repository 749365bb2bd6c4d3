import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

interface QrCodeProps {
  value: string;
  alt: string;
}

/** A QR code drawn locally to a data URL: nothing leaves the room. */
export function QrCode({ value, alt }: QrCodeProps) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(value, { margin: 1, width: 480, errorCorrectionLevel: 'M' })
      .then((url) => {
        if (current) setSrc(url);
      })
      .catch((error: unknown) => console.warn('samenspel: could not draw the QR code', error));
    return () => {
      current = false;
    };
  }, [value]);
  return src ? (
    <img className="qr" src={src} alt={alt} data-testid="join-qr" data-value={value} />
  ) : (
    <div className="qr qr--placeholder" aria-hidden="true" />
  );
}
