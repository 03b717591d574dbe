import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LibraryBlockLabel as LibraryBlockLabel_79bfa74c06d23986a038034a2bbaea85 } from '../../../../src/components/LibraryBlockLabel'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PublishBlockers as PublishBlockers_1621697e82ec516b77ca3c4c42ada2d1 } from '../../../../src/components/PublishBlockers'
import { SignedOffChanges as SignedOffChanges_3ae87e2854c998914459542789c54118 } from '../../../../src/components/reviewPanel/SignedOffChanges'
import { ReviewThread as ReviewThread_0b8496ccb3c05972d289781d8acb15b0 } from '../../../../src/components/reviewPanel/ReviewThread'
import { SignOffCoverage as SignOffCoverage_cc43afacd24637e3216df26f722b975d } from '../../../../src/components/SignOffCoverage'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { PublishInReviewPanel as PublishInReviewPanel_986b445c102b91acd750af97becea18a } from '../../../../src/components/PublishInReviewPanel'
import { NoUnpublishButton as NoUnpublishButton_cf17bb12d1d4bc2209b509e9e1683389 } from '../../../../src/components/NoUnpublishButton'
import { ReferenceAuthorsCell as ReferenceAuthorsCell_26db2554cb70ea21c126c45638f2b3f8 } from '../../../../src/components/ReferenceAuthorsCell'
import { ReferenceAuthorLabel as ReferenceAuthorLabel_b6c8a0b4ab3d2372eed5857d6be2a770 } from '../../../../src/components/ReferenceAuthorLabel'
import { ReferenceLinks as ReferenceLinks_fa000796983b8754e6e718bca2ebe0f1 } from '../../../../src/components/ReferenceLinks'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { ClinicKeyPanel as ClinicKeyPanel_8b2c8c6f20ae7850efceda9c27c88248 } from '../../../../src/components/ClinicKeyPanel'
import { InviteUser as InviteUser_1433494573839aa032fe2f3c6e300f62 } from '../../../../src/components/InviteUser'
import { Icon as Icon_752e223776e98db8a4cdcb99087248ae } from '../../../../src/components/graphics/Icon'
import { Logo as Logo_1405480fd55b72f06e93f28de9756cce } from '../../../../src/components/graphics/Logo'
import { ReviewQueueLink as ReviewQueueLink_2f363a0686a86cc57a315776491941de } from '../../../../src/components/ReviewQueueLink'
import { Inbox as Inbox_50caec662f4c8a0bbf422425442bf5cd } from '../../../../src/components/inbox/Inbox'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewQueue as ReviewQueue_c4d1cf6dd9501594a0d5c38f38f4e304 } from '../../../../src/components/ReviewQueue'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/LibraryBlockLabel#LibraryBlockLabel": LibraryBlockLabel_79bfa74c06d23986a038034a2bbaea85,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/PublishBlockers#PublishBlockers": PublishBlockers_1621697e82ec516b77ca3c4c42ada2d1,
  "/src/components/reviewPanel/SignedOffChanges#SignedOffChanges": SignedOffChanges_3ae87e2854c998914459542789c54118,
  "/src/components/reviewPanel/ReviewThread#ReviewThread": ReviewThread_0b8496ccb3c05972d289781d8acb15b0,
  "/src/components/SignOffCoverage#SignOffCoverage": SignOffCoverage_cc43afacd24637e3216df26f722b975d,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/components/PublishInReviewPanel#PublishInReviewPanel": PublishInReviewPanel_986b445c102b91acd750af97becea18a,
  "/src/components/NoUnpublishButton#NoUnpublishButton": NoUnpublishButton_cf17bb12d1d4bc2209b509e9e1683389,
  "/src/components/ReferenceAuthorsCell#ReferenceAuthorsCell": ReferenceAuthorsCell_26db2554cb70ea21c126c45638f2b3f8,
  "/src/components/ReferenceAuthorLabel#ReferenceAuthorLabel": ReferenceAuthorLabel_b6c8a0b4ab3d2372eed5857d6be2a770,
  "/src/components/ReferenceLinks#ReferenceLinks": ReferenceLinks_fa000796983b8754e6e718bca2ebe0f1,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/components/ClinicKeyPanel#ClinicKeyPanel": ClinicKeyPanel_8b2c8c6f20ae7850efceda9c27c88248,
  "/src/components/InviteUser#InviteUser": InviteUser_1433494573839aa032fe2f3c6e300f62,
  "/src/components/graphics/Icon#Icon": Icon_752e223776e98db8a4cdcb99087248ae,
  "/src/components/graphics/Logo#Logo": Logo_1405480fd55b72f06e93f28de9756cce,
  "/src/components/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_2f363a0686a86cc57a315776491941de,
  "/src/components/inbox/Inbox#Inbox": Inbox_50caec662f4c8a0bbf422425442bf5cd,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/components/ReviewQueue#ReviewQueue": ReviewQueue_c4d1cf6dd9501594a0d5c38f38f4e304,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
