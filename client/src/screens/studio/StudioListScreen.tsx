/** The studio's front page: templates and own programmes, duplicate, import. (Placeholder.) */
export function StudioListScreen() {
  return null;
}
