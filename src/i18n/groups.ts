// The strings each browser element receives, by group: the one list of keys per element. A component (or a
// page builder in src/data/pages/) sends a group with stringsAttr(group) from ./index.ts; the element reads
// it with readStrings<group>(this) from src/elements/kit.ts. Runs on the server and in the browser, but the
// browser imports only its types.
//
// A selector ending in "." picks every key with that prefix; any other selector is one key. A group names
// only the keys its element's code reads (tests/unit/kit.test.ts asserts it): a prefix where the element
// reads every key under it (codes it turns into sentences: nip.*, sign.reason.*), single keys where the
// page renders the rest of the area itself. The strings of one area still live in one file (./id/<area>.ts).
import type { Selected, Selector } from './index';

/** What a question shows once answered (src/elements/quiz-question.ts), in the knowledge check and the exam. */
const questionKeys = [
  'quiz.citation',
  'quiz.correct',
  'quiz.explanation',
  'quiz.incorrect',
  'quiz.moved',
  'quiz.noAnswer',
  'quiz.partial',
  'quiz.rightAnswer',
  'quiz.tagChosenRight',
  'quiz.tagChosenWrong',
  'quiz.tagCorrect',
  'quiz.tagRightPlace',
  'quiz.tagShouldBe',
  'quiz.tagShouldMatch',
  'quiz.yourAnswer',
] as const;

/** A certificate's details as <netral-verify> and <netral-sign> list them. */
const certificateFieldKeys = ['cert.number', 'cert.nip', 'cert.position', 'cert.agency', 'cert.score', 'cert.scoreValue', 'cert.date'] as const;

export const stringGroups = {
  /** A question's feedback; the groups of the elements that show questions include it. */
  question: questionKeys,
  /**
   * <netral-quiz>: a lesson's knowledge check. These travel in its answer file (/kuis/<bank>.json, fetched as it
   * starts), not in every lesson's HTML; the page sends only quizLoad.
   */
  quiz: [...questionKeys, 'quiz.needAnswer', 'quiz.summary', 'quiz.saved', 'quiz.notSaved', 'quiz.lastResult', 'quiz.broken'],
  /** <netral-quiz> before its answer file arrives: what it shows when the file cannot be loaded. */
  quizLoad: ['quiz.broken'],
  /**
   * <netral-exam>: the pre-test and post-test. The keys it reads, not all of exam.*: the page renders the
   * rules, titles and buttons itself, and a test page's weight is budgeted.
   */
  exam: [
    ...questionKeys,
    'quiz.questionNumber',
    'exam.allAnswered',
    'exam.answered',
    'exam.attemptOf',
    'exam.attemptsLeft',
    'exam.extend',
    'exam.extended',
    'exam.failed',
    'exam.finalBody',
    'exam.finalNext',
    'exam.finalTitle',
    'exam.gainBody',
    'exam.gainNoPost',
    'exam.gainNoPre',
    'exam.gainTitle',
    'exam.gainTopicPost',
    'exam.gainTopicPre',
    'exam.navAnswered',
    'exam.navOpen',
    'exam.noWeak',
    'exam.notInTest',
    'exam.openEmpty',
    'exam.openPartial',
    'exam.passMark',
    'exam.passed',
    'exam.passedBody',
    'exam.points',
    'exam.pointsOf',
    'exam.preDone',
    'exam.progress',
    'exam.questionGone',
    'exam.reviewIntro',
    'exam.reviewTitle',
    'exam.score',
    'exam.someOpen',
    'exam.startLearning',
    'exam.startNext',
    'exam.timeLeft',
    'exam.timeUp',
    'exam.timeWarning',
    'exam.toCertificate',
    'exam.toPostTest',
    'exam.toPreTest',
    'exam.topic',
    'exam.topicOk',
    'exam.topicWeak',
    'exam.topicsTitle',
    'exam.weakTitle',
  ],
  /** <netral-practice>: a module's practice rounds (/materi/<module>/latihan/). */
  practice: [
    ...questionKeys,
    'quiz.check',
    'quiz.needAnswer',
    'quiz.questionNumber',
    'practice.roundTitle',
    'practice.roundIntro',
    'practice.repeatIntro',
    'practice.score',
    'practice.allRight',
    'practice.wrongCount',
    'practice.repeatWrong',
    'practice.newRound',
    'practice.status',
    'practice.statusNone',
    'practice.saved',
    'practice.notSaved',
  ],
  /** <netral-continue> on the home page. */
  continue: ['progress.continueNote', 'progress.tally'],
  /** <netral-progress-marks>: marks on lesson links and module tallies. */
  progressMarks: ['progress.tally'],
  /** <netral-lesson-progress> at the end of a lesson. */
  lessonProgress: ['progress.lessonDone', 'progress.lessonNeedsCheck', 'progress.persistGranted', 'progress.persistDenied'],
  /** <netral-progress-page>: Progres Saya. */
  progressPage: [
    'progress.tally',
    'progress.statusRead',
    'progress.statusChecked',
    'progress.statusNotStarted',
    'progress.statusOpened',
    'progress.checkScore',
    'progress.dilemmaEndings',
    'progress.preNone',
    'progress.postNone',
    'progress.preResult',
    'progress.postResult',
    'progress.passed',
    'progress.notPassed',
    'progress.certReady',
    'progress.certNeedsPost',
    'progress.certNeedsLessons',
    'progress.storageLocal',
    'progress.storageLocalNote',
    'progress.storagePersistent',
    'progress.storagePersistentNote',
    'progress.storageMemory',
    'progress.storageMemoryNote',
    'progress.storageFailing',
    'progress.storageFailingNote',
    'progress.persistGranted',
    'progress.persistDenied',
  ],
  /** <netral-progress-transfer>: export, import and reset on Progres Saya. */
  progressTransfer: [
    'progress.exported',
    'progress.exportNewer',
    'progress.importTooLarge',
    'progress.importNotJson',
    'progress.importForeign',
    'progress.importNewer',
    'progress.importUnknown',
    'progress.importInvalid',
    'progress.importInvalidRecord',
    'progress.importUnreadable',
    'progress.importFrom',
    'progress.importLessons',
    'progress.importChecks',
    'progress.importExams',
    'progress.importWarning',
    'progress.imported',
    'progress.importedMemory',
    'progress.importFailed',
    'progress.notWritable',
    'progress.importCancelled',
    'progress.resetDone',
    'progress.resetCancelled',
  ],
  /** <netral-storage-notice> under the header of every page, with the labels of the records a notice names. */
  storageNotice: [
    'storage.disabled',
    'storage.corrupt',
    'storage.corruptKept',
    'storage.newer',
    'storage.quota',
    'storage.recordAttempts',
    'storage.recordChecks',
    'storage.recordOther',
    'storage.recordProgress',
    'storage.recordIdentity',
    'storage.recordExamTerms',
    'storage.recordClass',
    'storage.recordAnswersShown',
    'storage.recordOpened',
    'storage.recordDilemmas',
  ],
  /**
   * <netral-certificate> on /sertifikat/: the keys it reads, not all of certPage.* (the page renders its own
   * headings and help; its weight is budgeted). Identity form errors come as codes (identity.*, nip.*).
   */
  certificate: [
    'identity.',
    'nip.',
    'certPage.passed',
    'certPage.notPassed',
    'certPage.toPostTest',
    'certPage.otherDevice',
    'certPage.lessonsRequired',
    'certPage.needIdentity',
    'certPage.ready',
    'certPage.broken',
    'certPage.downloaded',
    'certPage.copied',
    'certPage.copyFailed',
    'identityForm.errorTitle',
    'identityForm.errorPrefix',
    'identityForm.saved',
    'identityForm.savedMemory',
    'identityForm.forgotten',
    'cert.scoreValue',
    'lms.learnerId',
    'lms.nameFromLms',
    'lms.identitySaved',
  ],
  /** "Kirim ke pelatih" on /sertifikat/ (src/elements/share-request.ts, loaded when pressed). */
  share: [
    'share.title',
    'share.text',
    'share.done',
    'share.cancelled',
    'share.fallbackCopied',
    'share.fallbackSelect',
    'share.fallbackContact',
  ],
  /** <netral-verify> on /verifikasi/. */
  verify: [
    ...certificateFieldKeys,
    'verify.checking',
    'verify.valid',
    'verify.invalid',
    'verify.validExplain',
    'verify.reason.',
    'verify.signer',
    'verify.name',
    'verify.listUsed',
  ],
  /** <netral-sign> on /pelatih/tanda-tangan/ (refusals come as sign.reason codes, identity ones nested). */
  sign: [
    'sign.',
    'identity.',
    'nip.',
    ...certificateFieldKeys,
    'cert.topics',
    'cert.courseVersion',
    'trainer.keyLoaded',
    'trainer.keyUnknown',
    'trainer.keyDemo',
    'trainer.keyInvalid',
    'trainer.keyForgotten',
    'trainer.ready',
    'trainer.attemptOk',
    'trainer.unreadable',
    'trainer.source',
    'trainer.pasted',
    'trainer.unit',
    'trainer.signReady',
    'trainer.reviewed',
    'trainer.signing',
    'trainer.needKey',
    'trainer.noCodes',
    'trainer.done',
    'trainer.colName',
    'trainer.statusSigned',
    'trainer.statusRejected',
    'trainer.openLink',
  ],
  /** <netral-class> on /pelatih/kelas/. */
  classRecords: [
    'sign.',
    'identity.',
    'nip.',
    'cert.titleSigned',
    'cert.scoreValue',
    'trainer.pasted',
    'class.clearConfirm',
    'class.cleared',
    'class.storageCorrupt',
    'class.storageCorruptKept',
    'class.storageNewer',
    'class.storageFull',
    'class.storageOff',
    'class.rosterLoaded',
    'class.rosterEmpty',
    'class.rosterKept',
    'class.rosterStillKept',
    'class.roster.',
    'class.rosterProblemLine',
    'class.needRoster',
    'class.added',
    'class.addedNone',
    'class.summary',
    'class.status.',
    'class.printCertificates',
  ],
  /** <netral-sw> on every page: the offline status (saving, ready) and the update prompt's strings. */
  offlineStatus: ['offline.statusSaving', 'offline.statusReady', 'offline.statusStopped', 'offline.progress'],
  /** <netral-offline>: "Simpan untuk offline" on the about page (OfflineSave). */
  offline: [
    'offline.checking',
    'offline.saving',
    'offline.progress',
    'offline.done',
    'offline.failed',
    'offline.unreachable',
    'offline.unsupported',
    'offline.version',
  ],
  /** <netral-trainer-offline>: saving one module's trainer material for offline use (TrainerOfflineSave). */
  trainerOffline: [
    'offline.trainerSaving',
    'offline.progress',
    'offline.trainerDone',
    'offline.trainerDoneAll',
    'offline.trainerFailed',
    'offline.unreachable',
    'offline.unsupported',
  ],
  /** <netral-lms>: the SCORM launch page (npm run scorm). */
  lms: ['lms.noApi', 'lms.initFailed', 'lms.restoreFailed'],
  /** <netral-deck> and <netral-presenter>: a lesson's or a session's deck, both modes. */
  deck: [
    'slides.deckTitle',
    'slides.presenterTitle',
    'slides.slideLabel',
    'slides.counter',
    'slides.endOfDeck',
    'slides.blackOn',
    'slides.jumpHint',
    'slides.pick',
    'slides.popupBlocked',
    'slides.tally',
    'slides.tallyLegend',
    'slides.tallyOption',
    'slides.tallyCount',
    'slides.tallyInvalid',
    'slides.tallyTotal',
    'slides.noNotes',
    'slides.pause',
    'slides.resume',
  ],
  /** <netral-session-planner> on the trainer's session page. */
  sessionPlanner: [
    'session.title',
    'session.titleMore',
    'session.agenda',
    'session.part',
    'session.minutes',
    'session.total',
    'session.empty',
    'session.loadFailed',
    'session.remove',
    'session.up',
    'session.down',
    'session.sections',
    'session.minutesLabel',
    'session.copied',
    'session.fileInvalid',
  ],
  /** <netral-scenario>: a branching dilemma. */
  scenario: ['scenario.endingsSeen'],
  /** <netral-search>: the header search dialog, which its script builds, and the /cari/ page (what its script writes). */
  search: [
    'search.title',
    'search.close',
    'search.label',
    'search.placeholder',
    'search.filterModule',
    'search.filterType',
    'search.all',
    'search.typeLesson',
    'search.loading',
    'search.empty',
    'search.count',
    'search.countMore',
    'search.more',
    'search.alsoFound',
    'search.section',
    'search.entries',
    'search.hint',
    'search.failed',
    'search.unavailable',
    'search.typeGlossary',
    'search.typeRegulation',
  ],
  /** <netral-definition>: a glossary term's or regulation's summary in place. */
  definition: [
    'definition.glossary',
    'definition.regulation',
    'definition.loading',
    'definition.failed',
    'definition.rules',
    'definition.openGlossary',
    'definition.openRegulation',
    'definition.close',
  ],
  /** <netral-journey>: the learner's steps on the home page. */
  journey: ['journey.stateDone', 'journey.stateCurrent', 'journey.stateOpen', 'journey.stateTodo'],
  /** <netral-journey> at the end of a lesson: the post-test and certificate suggestions it builds when due. */
  journeyLesson: ['journey.suggestPost', 'journey.suggestPostLink', 'journey.suggestCertificate', 'journey.suggestCertificateLink'],
} as const satisfies Record<string, readonly Selector[]>;

export type StringGroup = keyof typeof stringGroups;

/**
 * The groups of elements on every page (or every lesson) whose sentences show only after something happens: a
 * search opened, a term tapped, a storage problem, the end of a lesson reached, the post-test due, the offline
 * copy being saved. They travel in one file,
 * /teks.json (src/pages/teks.json.ts), which such an element fetches when it first needs them (lateStrings()
 * in src/elements/kit.ts), instead of in every page's HTML; the service worker keeps it for offline use.
 */
export const lateStringGroups = ['search', 'definition', 'storageNotice', 'lessonProgress', 'journeyLesson', 'offlineStatus'] as const satisfies readonly StringGroup[];

export type LateStringGroup = (typeof lateStringGroups)[number];

/** What /teks.json holds: each late group's strings. */
export type LateStrings = { [G in LateStringGroup]: GroupStrings<G> };

/** The keys of a group (plus "site.broken", which every group carries for the standard broken state). */
export type GroupKey<G extends StringGroup> = Selected<(typeof stringGroups)[G][number]> | 'site.broken';

/** The strings an element of group `G` receives. */
export type GroupStrings<G extends StringGroup> = Readonly<Record<GroupKey<G>, string>>;
