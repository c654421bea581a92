/**
 * Limits of discussion posts, without dependencies: the API's schemas and the web app's forms
 * (which import values only from files like this one) use the same numbers.
 */
export const MAX_THREAD_TITLE_LENGTH = 150;
export const MAX_POST_TEXT_LENGTH = 5000;
/** Threads on one page of a course's discussion, replies on one page of a thread. */
export const THREADS_PAGE_SIZE = 20;
export const REPLIES_PAGE_SIZE = 20;
