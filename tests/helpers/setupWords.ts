// Unit tests call the text generators directly, not through the lazily loaded views that bring
// their words: load every English word first.
import {
  VIEWS_WITH_WORDS,
  withExportWords,
  withLandingWords,
  withPanelWords,
  withWords,
} from '../../src/i18n/locale'

await withExportWords(Promise.resolve())
await withPanelWords(Promise.resolve())
await withLandingWords(Promise.resolve())
await Promise.all(VIEWS_WITH_WORDS.map((view) => withWords(Promise.resolve(), view)))
