// Wraps the theme's navbar item types to add the Study mode switch and the Practice link with its due-today badge
// (`type: 'custom-studyModeSwitch'` and `type: 'custom-practiceLink'` in docusaurus.config.ts).
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import PracticeNavbarItem from '@site/src/components/study/PracticeNavbarItem';
import StudyModeSwitch from '@site/src/components/study/StudyModeSwitch';

export default {
  ...ComponentTypes,
  'custom-studyModeSwitch': StudyModeSwitch,
  'custom-practiceLink': PracticeNavbarItem,
};
