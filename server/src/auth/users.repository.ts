import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import type { Role } from './roles.js';

export interface UserRow {
  username: string;
  role: Role;
  districtCode: string | null;
  municipalityCode: string | null;
  fullName: string | null;
  title: string | null;
  passwordHash: string;
  sessionVersion: number;
  failedAttempts: number;
  disabled: boolean;
  lockedUntil: string | null;
  lastSeenInboxAt: string | null;
}

export interface NewUser {
  username: string;
  role: Role;
  districtCode: string | null;
  municipalityCode: string | null;
  fullName: string | null;
  title: string | null;
  passwordHash: string;
}

@Injectable()
export class UsersRepository {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  async find(username: string): Promise<UserRow | undefined> {
    const [row] = await this.graph.read<{ user: UserRow }>('auth/find-user', { username });
    return row?.user;
  }

  async create(user: NewUser, now: Date): Promise<boolean> {
    const rows = await this.graph.write('auth/create-user', { ...user, now: now.toISOString() });
    return rows.length === 1;
  }

  async setPassword(username: string, passwordHash: string): Promise<void> {
    await this.graph.write('auth/set-password', { username, passwordHash });
  }

  async setNames(username: string, fullName: string | null, title: string | null): Promise<void> {
    await this.graph.write('auth/set-names', { username, fullName, title });
  }

  async recordFailure(username: string, maxAttempts: number, lockedUntil: Date): Promise<void> {
    await this.graph.write('auth/record-failed-sign-in', { username, maxAttempts, lockedUntil: lockedUntil.toISOString() });
  }

  async recordSignIn(username: string, now: Date): Promise<void> {
    await this.graph.write('auth/record-sign-in', { username, now: now.toISOString() });
  }

  async endSessions(username: string): Promise<void> {
    await this.graph.write('auth/end-sessions', { username });
  }

  async list(): Promise<
    (Omit<UserRow, 'passwordHash' | 'sessionVersion' | 'failedAttempts' | 'lastSeenInboxAt'> & {
      lastSignInAt: string | null;
      version: number;
    })[]
  > {
    const rows = await this.graph.read<{ user: UserRow & { lastSignInAt: string | null; version: number } }>('auth/list-users');
    return rows.map((r) => ({ ...r.user, lastSignInAt: r.user.lastSignInAt ?? null }));
  }

  async count(): Promise<number> {
    const [row] = await this.graph.read<{ users: number }>('auth/count-users');
    return row?.users ?? 0;
  }
}
