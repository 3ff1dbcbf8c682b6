import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (sessions, invitations, one-time codes). */
export const newToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** What the database keeps of a token: its sha256, so a leaked table holds no usable secrets. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
