import { describe, expect, it } from 'vitest';
import { invitationStatus } from './invitation-status';

const now = new Date('2025-03-10T12:00:00Z');
const later = new Date('2025-03-11T12:00:00Z');
const earlier = new Date('2025-03-09T12:00:00Z');

describe('invitation status', () => {
  it('is pending until it expires, then expired', () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('pending');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe('expired');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
  });

  it('accepted and revoked are final, whatever the clock says', () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe(
      'accepted',
    );
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe('revoked');
  });
});
