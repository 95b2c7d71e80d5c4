/**
 * UTF-8 text to base64url (RFC 4648 §5, no padding) and back, for the share link. Decoding is
 * strict: any character outside the alphabet, an impossible length, or bytes that are not UTF-8
 * are refused, so a damaged link is reported instead of being read as something else.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/**
 * @example
 * encodeBase64Url('{"a":1}'); // 'eyJhIjoxfQ'
 */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The text, or null when `encoded` is not strict base64url of UTF-8.
 *
 * @example
 * decodeBase64Url('eyJhIjoxfQ'); // '{"a":1}'
 * decodeBase64Url('eyJ*');       // null
 */
export function decodeBase64Url(encoded: string): string | null {
  if (!ALPHABET.test(encoded) || encoded.length % 4 === 1) return null;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
