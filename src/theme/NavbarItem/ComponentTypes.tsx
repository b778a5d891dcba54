// Wraps the theme's navbar item types to add the Study mode switch (`type: 'custom-studyModeSwitch'` in docusaurus.config.ts).
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import StudyModeSwitch from '@site/src/components/study/StudyModeSwitch';

export default {
  ...ComponentTypes,
  'custom-studyModeSwitch': StudyModeSwitch,
};
