export { AppError, type ErrorKind, type FieldError, notFound, versionConflict } from './app-error';
export { errorHandlerPlugin, sendNotFound } from './error-handler';
export { RequestValidationError, zodValidatorCompiler } from './request-validation';
