import { useEffect, useState } from 'react';

// A hash router: "#/proposals/12". The hash survives a reload, which is what the user expects of
// a desktop window, and needs no server-side fallback under app:// or file://.

export type Route =
  | { page: 'proposals' }
  | { page: 'proposal'; id: number }
  | { page: 'profiles' }
  | { page: 'health' }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'proposals' && parts[1] && /^\d+$/.test(parts[1])) {
    return { page: 'proposal', id: Number(parts[1]) };
  }
  if (parts[0] === 'profiles') return { page: 'profiles' };
  if (parts[0] === 'health') return { page: 'health' };
  if (parts[0] === 'settings') return { page: 'settings' };
  return { page: 'proposals' };
}

export function routeHref(route: Route): string {
  return route.page === 'proposal' ? `#/proposals/${route.id}` : `#/${route.page}`;
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
