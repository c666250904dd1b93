import type { UserSubject } from '@oxios/kernel';
import type { Caller } from '@oxios/sdk-client';

/** The access-manager subject of an authenticated caller (`user:<name>`). */
export function callerSubject(caller: Caller | undefined): UserSubject {
  return (caller?.subject ?? 'user:unknown') as UserSubject;
}
