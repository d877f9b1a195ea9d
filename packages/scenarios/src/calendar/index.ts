export { Calendar, OFFICE_CLOSES_AT_HOUR, OFFICE_OPENS_AT_HOUR, type CalendarTime, type TimeClass } from './calendar.ts';
export { civilFromDays, daysFromCivil, daysInMonth, isLeapYear, weekday, weekdayFromDays, type CivilDate, type Weekday } from './civil.ts';
export {
  equinoxDay,
  FIRST_HOLIDAY_YEAR,
  isJapaneseHoliday,
  japaneseHolidayName,
  japaneseHolidays,
  LAST_HOLIDAY_YEAR,
  type JapaneseHoliday,
} from './japanese-holidays.ts';
export { parseDateTime, type CivilDateTime } from './parse-date-time.ts';
