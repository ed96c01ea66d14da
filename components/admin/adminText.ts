/**
 * The words of the translation screens, in the admin's four languages (Payload's own screens use its
 * translations; these are ours). Picked by the language the person chose for the admin.
 */
import type { TranslationState } from '../../translation/status'

type AdminLanguage = 'en' | 'fr' | 'es' | 'ar'

interface AdminText {
  translations: string
  scheduled: string
  states: Record<TranslationState, string>
  document: string
  collection: string
  language: string
  status: string
  all: string
  filter: string
  missingFields: string
  noDocuments: string
  draft: string
  /** Published, with newer changes not yet published. */
  changed: string
  /** The sidebar's list of what visitors see in each language. */
  onTheSite: string
  published: string
  notWritten: string
  download: string
  downloadHint: string
  upload: string
  uploadHint: string
  uploading: string
  imported: (units: number, documents: number) => string
  refused: string
  nothingWritten: string
  intro: string
  scheduledIntro: string
  when: string
  action: string
  publish: string
  unpublish: string
  noneScheduled: string
  by: string
  /** "Documents 51–100 of 1,234" */
  range: (from: string, to: string, total: string) => string
  previous: string
  next: string
  pages: string
  /** "Original text (Français)" */
  originalIn: (language: string) => string
  originalTitle: string
  originalSummary: string
  originalBody: string
  openOriginal: string
}

const en: AdminText = {
  translations: 'Translations',
  scheduled: 'Scheduled',
  states: { source: 'original', complete: 'complete', partial: 'partial', missing: 'missing', outdated: 'outdated' },
  document: 'Document',
  collection: 'Collection',
  language: 'Language',
  status: 'Status',
  all: 'All',
  filter: 'Show',
  missingFields: 'Missing',
  noDocuments: 'No document matches these filters.',
  draft: 'draft',
  changed: 'published, with unpublished changes',
  onTheSite: 'On the site',
  published: 'published',
  notWritten: 'not written',
  download: 'Download XLIFF',
  downloadHint:
    'One file per original language, for your translation tool. It holds the documents listed here for the chosen language.',
  upload: 'Import a translated file',
  uploadHint: 'All or nothing: if one unit is refused, nothing is saved and each problem is listed.',
  uploading: 'Importing…',
  imported: (units, documents) => `${units} field(s) saved in ${documents} document(s).`,
  refused: 'Refused',
  nothingWritten: 'Nothing was saved.',
  intro: 'Every document in every language: click a language to open the document in it.',
  scheduledIntro: 'Documents waiting to be published or unpublished at a set time.',
  when: 'When',
  action: 'Action',
  publish: 'Publish',
  unpublish: 'Unpublish',
  noneScheduled: 'Nothing is scheduled.',
  by: 'Scheduled by',
  range: (from, to, total) => `Documents ${from}–${to} of ${total}`,
  previous: 'Previous page',
  next: 'Next page',
  pages: 'Pages',
  originalIn: (language) => `Original text (${language})`,
  originalTitle: 'Title',
  originalSummary: 'Summary',
  originalBody: 'Text',
  openOriginal: 'Open the original',
}

const fr: AdminText = {
  translations: 'Traductions',
  scheduled: 'Programmés',
  states: {
    source: 'original',
    complete: 'complète',
    partial: 'partielle',
    missing: 'manquante',
    outdated: 'à revoir',
  },
  document: 'Document',
  collection: 'Collection',
  language: 'Langue',
  status: 'État',
  all: 'Tous',
  filter: 'Afficher',
  missingFields: 'Manque',
  noDocuments: 'Aucun document ne correspond à ces filtres.',
  draft: 'brouillon',
  changed: 'publié, modifications non publiées',
  onTheSite: 'Sur le site',
  published: 'publié',
  notWritten: 'non rédigé',
  download: 'Télécharger le XLIFF',
  downloadHint:
    'Un fichier par langue d’origine, pour votre outil de traduction, avec les documents listés ici pour la langue choisie.',
  upload: 'Importer un fichier traduit',
  uploadHint: 'Tout ou rien : si une unité est refusée, rien n’est enregistré et chaque problème est indiqué.',
  uploading: 'Import en cours…',
  imported: (units, documents) => `${units} champ(s) enregistré(s) dans ${documents} document(s).`,
  refused: 'Refusé',
  nothingWritten: 'Rien n’a été enregistré.',
  intro: 'Chaque document dans chaque langue : cliquez sur une langue pour ouvrir le document dans celle-ci.',
  scheduledIntro: 'Documents qui seront publiés ou dépubliés à une date fixée.',
  when: 'Quand',
  action: 'Action',
  publish: 'Publier',
  unpublish: 'Dépublier',
  noneScheduled: 'Rien n’est programmé.',
  by: 'Programmé par',
  range: (from, to, total) => `Documents ${from} à ${to} sur ${total}`,
  previous: 'Page précédente',
  next: 'Page suivante',
  pages: 'Pages',
  originalIn: (language) => `Texte original (${language})`,
  originalTitle: 'Titre',
  originalSummary: 'Résumé',
  originalBody: 'Texte',
  openOriginal: 'Ouvrir l’original',
}

const es: AdminText = {
  translations: 'Traducciones',
  scheduled: 'Programados',
  states: {
    source: 'original',
    complete: 'completa',
    partial: 'parcial',
    missing: 'falta',
    outdated: 'desactualizada',
  },
  document: 'Documento',
  collection: 'Colección',
  language: 'Idioma',
  status: 'Estado',
  all: 'Todos',
  filter: 'Mostrar',
  missingFields: 'Falta',
  noDocuments: 'Ningún documento coincide con estos filtros.',
  draft: 'borrador',
  changed: 'publicado, con cambios sin publicar',
  onTheSite: 'En el sitio',
  published: 'publicado',
  notWritten: 'sin redactar',
  download: 'Descargar XLIFF',
  downloadHint:
    'Un archivo por idioma original, para su herramienta de traducción, con los documentos listados aquí para el idioma elegido.',
  upload: 'Importar un archivo traducido',
  uploadHint: 'Todo o nada: si se rechaza una unidad, no se guarda nada y se indica cada problema.',
  uploading: 'Importando…',
  imported: (units, documents) => `${units} campo(s) guardado(s) en ${documents} documento(s).`,
  refused: 'Rechazado',
  nothingWritten: 'No se ha guardado nada.',
  intro: 'Cada documento en cada idioma: haga clic en un idioma para abrir el documento en él.',
  scheduledIntro: 'Documentos que se publicarán o retirarán en una fecha fijada.',
  when: 'Cuándo',
  action: 'Acción',
  publish: 'Publicar',
  unpublish: 'Retirar',
  noneScheduled: 'No hay nada programado.',
  by: 'Programado por',
  range: (from, to, total) => `Documentos ${from}–${to} de ${total}`,
  previous: 'Página anterior',
  next: 'Página siguiente',
  pages: 'Páginas',
  originalIn: (language) => `Texto original (${language})`,
  originalTitle: 'Título',
  originalSummary: 'Resumen',
  originalBody: 'Texto',
  openOriginal: 'Abrir el original',
}

const ar: AdminText = {
  translations: 'الترجمات',
  scheduled: 'المجدولة',
  states: { source: 'الأصل', complete: 'مكتملة', partial: 'جزئية', missing: 'غير موجودة', outdated: 'قديمة' },
  document: 'المستند',
  collection: 'المجموعة',
  language: 'اللغة',
  status: 'الحالة',
  all: 'الكل',
  filter: 'عرض',
  missingFields: 'ينقص',
  noDocuments: 'لا يوجد مستند يطابق هذه المرشحات.',
  draft: 'مسودة',
  changed: 'منشور، مع تعديلات غير منشورة',
  onTheSite: 'على الموقع',
  published: 'منشور',
  notWritten: 'غير محرر',
  download: 'تنزيل ملف XLIFF',
  downloadHint: 'ملف واحد لكل لغة أصلية، لأداة الترجمة، يضم المستندات المعروضة هنا للغة المختارة.',
  upload: 'استيراد ملف مترجم',
  uploadHint: 'الكل أو لا شيء: إذا رُفضت وحدة واحدة لا يُحفظ شيء وتُعرض كل مشكلة.',
  uploading: 'جارٍ الاستيراد…',
  imported: (units, documents) => `تم حفظ ${units} حقلًا في ${documents} مستندًا.`,
  refused: 'مرفوض',
  nothingWritten: 'لم يُحفظ أي شيء.',
  intro: 'كل مستند بكل لغة: انقر على لغة لفتح المستند بها.',
  scheduledIntro: 'مستندات ستُنشر أو يُلغى نشرها في موعد محدد.',
  when: 'الموعد',
  action: 'الإجراء',
  publish: 'نشر',
  unpublish: 'إلغاء النشر',
  noneScheduled: 'لا شيء مجدول.',
  by: 'جدولها',
  range: (from, to, total) => `المستندات ${from}–${to} من ${total}`,
  previous: 'الصفحة السابقة',
  next: 'الصفحة التالية',
  pages: 'الصفحات',
  originalIn: (language) => `النص الأصلي (${language})`,
  originalTitle: 'العنوان',
  originalSummary: 'الملخص',
  originalBody: 'النص',
  openOriginal: 'فتح الأصل',
}

const texts: Record<AdminLanguage, AdminText> = { en, fr, es, ar }

export function adminText(language: string | undefined): AdminText {
  return texts[(language as AdminLanguage) in texts ? (language as AdminLanguage) : 'en']
}
