/** A page as a person would name it: host and path, no scheme ("www.bbc.com/weather"). */
export function pageName(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return pathname === '/' ? host : `${host}${pathname}`;
  } catch {
    return url;
  }
}
