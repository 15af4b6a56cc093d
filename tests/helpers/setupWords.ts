// Unit tests call the text generators directly, not through the lazily loaded views that bring
// their words: load every English word first.
import { withExportWords } from '../../src/i18n/locale'

await withExportWords(Promise.resolve())
