/** One programme in the editor. (Placeholder.) */
export function StudioEditorScreen() {
  return null;
}
