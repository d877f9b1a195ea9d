/**
 * @machi/report — tables, figures and reports. Nothing is here yet: the report issue builds it.
 */
export {};
