/**
 * The WPS 表格 加载项's list for online deployment: oem.ini's JSPluginsServer (or the clerk's
 * jsaddons/jsplugins.xml) points here, and WPS loads the add-in from /wps/ of this same origin.
 * The origin comes from the request, so one build serves every deployment. The entry format is
 * the one Kingsoft's wpsjs 2.2.3 writes for online add-ins (src/lib/debug_xmlplugin.js).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/** The add-in's name in WPS's 加载项 list; also the key WPS stores it under. */
export const WPS_ADDIN_NAME = 'qingfeng-ledger';

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function jspluginsXml(origin: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<jsplugins>',
    `  <jspluginonline name="${WPS_ADDIN_NAME}" type="et" url="${attribute(`${origin}/wps/`)}"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

export const wps = new Hono<AppEnv>().get('/wps/jsplugins.xml', (c) =>
  c.body(jspluginsXml(new URL(c.req.url).origin), 200, { 'Content-Type': 'application/xml; charset=utf-8' }),
);
