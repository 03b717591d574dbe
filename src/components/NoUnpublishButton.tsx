// Fills Payload's "Unpublish" slot in the post edit view's menu (admin.components.edit.UnpublishButton) with
// nothing: unpublishing is a review action, offered in the Medical review panel to those the workflow allows.
export const NoUnpublishButton = () => null
