import { useEffect, useState } from 'react';

// A hash router: "#/proposals/12". The hash survives a reload, which is what the user expects of
// a desktop window, and needs no server-side fallback under app:// or file://.

export type Route =
  | { page: 'dashboard'; week?: string }
  | { page: 'insights' }
  | { page: 'week'; week: string }
  | { page: 'proposals' }
  | { page: 'proposal'; id: number }
  | { page: 'profiles' }
  | { page: 'health' }
  | { page: 'settings' }
  | { page: 'sync' }
  | { page: 'team' }
  | { page: 'earnings' }
  | { page: 'contracts' }
  | { page: 'imports' }
  | { page: 'guide' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'proposals' && parts[1] && /^\d+$/.test(parts[1])) {
    return { page: 'proposal', id: Number(parts[1]) };
  }
  if (parts[0] === 'profiles') return { page: 'profiles' };
  if (parts[0] === 'health') return { page: 'health' };
  if (parts[0] === 'settings') return { page: 'settings' };
  if (parts[0] === 'sync') return { page: 'sync' };
  if (parts[0] === 'team') return { page: 'team' };
  if (parts[0] === 'earnings' || parts[0] === 'contracts' || parts[0] === 'imports') return { page: parts[0] };
  if (parts[0] === 'proposals') return { page: 'proposals' };
  if (parts[0] === 'insights') return { page: 'insights' };
  if (parts[0] === 'guide') return { page: 'guide' };
  // A week is named by the local date of its first day: "#/weeks/2026-11-16".
  const week = parts[1] && /^\d{4}-\d{2}-\d{2}$/.test(parts[1]) ? parts[1] : undefined;
  if (parts[0] === 'weeks' && week) return { page: 'week', week };
  // The dashboard is where the app opens.
  return week && parts[0] === 'dashboard' ? { page: 'dashboard', week } : { page: 'dashboard' };
}

export function routeHref(route: Route): string {
  if (route.page === 'proposal') return `#/proposals/${route.id}`;
  if (route.page === 'week') return `#/weeks/${route.week}`;
  if (route.page === 'dashboard' && route.week) return `#/dashboard/${route.week}`;
  return `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
