export { type AppConfig, loadConfig, type OidcConfig } from './config';
