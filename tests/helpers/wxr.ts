// A small WordPress export (WXR) for tests: one author, and the items given.

export const wxrOf = (items: string) => `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Clinic blog</title>
<wp:author><wp:author_login><![CDATA[rachel]]></wp:author_login><wp:author_display_name><![CDATA[Rachel Moss]]></wp:author_display_name></wp:author>
${items}
</channel></rss>`

export const wxrItem = ({
  content,
  status = 'publish',
  title,
  type = 'post',
}: {
  content: string
  status?: string
  title: string
  type?: string
}) => `<item>
<title>${title}</title><link>https://clinic.example/${title.toLowerCase().replace(/\W+/g, '-')}/</link>
<dc:creator><![CDATA[rachel]]></dc:creator><guid isPermaLink="false">https://clinic.example/?p=${title.length}</guid>
<content:encoded><![CDATA[${content}]]></content:encoded><wp:post_name><![CDATA[${title.toLowerCase().replace(/\W+/g, '-')}]]></wp:post_name>
<wp:status><![CDATA[${status}]]></wp:status><wp:post_type><![CDATA[${type}]]></wp:post_type>
<category domain="category" nicename="depression"><![CDATA[Depression]]></category><category domain="post_tag" nicename="iv"><![CDATA[IV]]></category>
</item>`
