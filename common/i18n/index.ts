import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enBeneficiaries from './en/beneficiaries.json';
import enCommissioning from './en/commissioning.json';
import enCommon from './en/common.json';
import enCooperationGroups from './en/cooperationGroups.json';
import enDashboard from './en/dashboard.json';
import enDelivery from './en/delivery.json';
import enDiagnosis from './en/diagnosis.json';
import enErrors from './en/errors.json';
import enInstitutions from './en/institutions.json';
import enInvitations from './en/invitations.json';
import enPartnershipPlan from './en/partnershipPlan.json';
import enPartnerships from './en/partnerships.json';
import enPersonVoice from './en/personVoice.json';
import enPesInitiatives from './en/pesInitiatives.json';
import enPilots from './en/pilots.json';
import enPreparationProgrammes from './en/preparationProgrammes.json';
import enProfile from './en/profile.json';
import enProviderReadiness from './en/providerReadiness.json';
import enReferrals from './en/referrals.json';
import enSocialServices from './en/socialServices.json';
import enStaffingNeeds from './en/staffingNeeds.json';
import enSupportPlan from './en/supportPlan.json';
import enTerritory from './en/territory.json';
import enTrainingProgramme from './en/trainingProgramme.json';
import enUsers from './en/users.json';
import plAudit from './pl/audit.json';
import plAuth from './pl/auth.json';
import plBeneficiaries from './pl/beneficiaries.json';
import plCommissioning from './pl/commissioning.json';
import plCommon from './pl/common.json';
import plCooperationGroups from './pl/cooperationGroups.json';
import plDashboard from './pl/dashboard.json';
import plDelivery from './pl/delivery.json';
import plDiagnosis from './pl/diagnosis.json';
import plErrors from './pl/errors.json';
import plInstitutions from './pl/institutions.json';
import plInvitations from './pl/invitations.json';
import plPartnershipPlan from './pl/partnershipPlan.json';
import plPartnerships from './pl/partnerships.json';
import plPersonVoice from './pl/personVoice.json';
import plPesInitiatives from './pl/pesInitiatives.json';
import plPilots from './pl/pilots.json';
import plPreparationProgrammes from './pl/preparationProgrammes.json';
import plProfile from './pl/profile.json';
import plProviderReadiness from './pl/providerReadiness.json';
import plReferrals from './pl/referrals.json';
import plSocialServices from './pl/socialServices.json';
import plStaffingNeeds from './pl/staffingNeeds.json';
import plSupportPlan from './pl/supportPlan.json';
import plTerritory from './pl/territory.json';
import plTrainingProgramme from './pl/trainingProgramme.json';
import plUsers from './pl/users.json';

export const locales = ['pl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'pl';

/**
 * Message catalogs, one namespace per module, shared by server and web so an error id thrown
 * by the server has the same text the page would show.
 */
export const resources = {
  pl: {
    common: plCommon,
    errors: plErrors,
    auth: plAuth,
    dashboard: plDashboard,
    users: plUsers,
    institutions: plInstitutions,
    profile: plProfile,
    invitations: plInvitations,
    territory: plTerritory,
    partnerships: plPartnerships,
    partnershipPlan: plPartnershipPlan,
    socialServices: plSocialServices,
    providerReadiness: plProviderReadiness,
    staffingNeeds: plStaffingNeeds,
    pesInitiatives: plPesInitiatives,
    preparationProgrammes: plPreparationProgrammes,
    pilots: plPilots,
    cooperationGroups: plCooperationGroups,
    commissioning: plCommissioning,
    trainingProgramme: plTrainingProgramme,
    audit: plAudit,
    beneficiaries: plBeneficiaries,
    diagnosis: plDiagnosis,
    supportPlan: plSupportPlan,
    referrals: plReferrals,
    delivery: plDelivery,
    personVoice: plPersonVoice,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    dashboard: enDashboard,
    users: enUsers,
    institutions: enInstitutions,
    profile: enProfile,
    invitations: enInvitations,
    territory: enTerritory,
    partnerships: enPartnerships,
    partnershipPlan: enPartnershipPlan,
    socialServices: enSocialServices,
    providerReadiness: enProviderReadiness,
    staffingNeeds: enStaffingNeeds,
    pesInitiatives: enPesInitiatives,
    preparationProgrammes: enPreparationProgrammes,
    pilots: enPilots,
    cooperationGroups: enCooperationGroups,
    commissioning: enCommissioning,
    trainingProgramme: enTrainingProgramme,
    audit: enAudit,
    beneficiaries: enBeneficiaries,
    diagnosis: enDiagnosis,
    supportPlan: enSupportPlan,
    referrals: enReferrals,
    delivery: enDelivery,
    personVoice: enPersonVoice,
  },
} as const;

export const namespaces = Object.keys(resources.pl) as (keyof typeof resources.pl)[];
