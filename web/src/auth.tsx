import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../common/auth.js';
import { type Action, scopeFor } from '../../common/permissions.js';
import { ApiError, api, setCsrfToken } from './api.js';

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await api.get<Me>('/api/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useRefreshMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['me'] });
}

/** Whether the user's roles grant an action (the server checks again; this only hides what would fail). */
export function canDo(me: Me | null | undefined, action: Action): boolean {
  return !!me && scopeFor(me.roles, action) !== null;
}
