import type { Conform } from './conform';
import { SERVICE, tag } from './instrument';
import type { World } from './world';

/** Base.User. Its calls count under whichever service handed it out; Session's by default. */
export class User {
  static readonly [SERVICE] = tag('Session', 'User');
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

type SessionPairs = readonly [GoogleAppsScript.Base.User, User];

export class Session implements Conform<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getActiveUserLocale' | 'getEffectiveUser' | 'getScriptTimeZone',
  SessionPairs
> {
  static readonly [SERVICE] = tag('Session', 'Session');
  constructor(private readonly world: World) {}
  getActiveUser(): User {
    return new User(this.world.settings.userEmail);
  }
  getEffectiveUser(): User {
    return new User(this.world.settings.userEmail);
  }
  getActiveUserLocale(): string {
    return this.world.settings.userLocale;
  }
  getScriptTimeZone(): string {
    return this.world.settings.scriptTimeZone;
  }
}
