export { type AppConfig, loadConfig, type OidcConfig, type PersonalDataKeys } from './config';
