// react-router-config's own module file, which the stand-in imports past the bundler alias on the package's name.
declare module 'react-router-config/esm/react-router-config.js' {
  export { renderRoutes } from 'react-router-config';
}
