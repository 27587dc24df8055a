/*eslint-disable*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader,
  $Writer = $protobuf.Writer,
  $util = $protobuf.util;
const $Object = $util.global.Object,
  $undefined = $util.global.undefined,
  $Error = $util.global.Error,
  $RangeError = $util.global.RangeError,
  $TypeError = $util.global.TypeError,
  $String = $util.global.String,
  $Boolean = $util.global.Boolean,
  $Number = $util.global.Number,
  $Array = $util.global.Array,
  $isFinite = $util.global.isFinite,
  $parseInt = $util.global.parseInt,
  $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["chirpstack"] || ($protobuf.roots["chirpstack"] = {});

export const integration = ($root.integration = (() => {
  const integration = {};

  integration.LogLevel = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "INFO")] = 0;
    values[(valuesById[1] = "WARNING")] = 1;
    values[(valuesById[2] = "ERROR")] = 2;
    return values;
  })();

  integration.LogCode = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "UNKNOWN")] = 0;
    values[(valuesById[1] = "DOWNLINK_PAYLOAD_SIZE")] = 1;
    values[(valuesById[2] = "UPLINK_CODEC")] = 2;
    values[(valuesById[3] = "DOWNLINK_CODEC")] = 3;
    values[(valuesById[4] = "OTAA")] = 4;
    values[(valuesById[5] = "UPLINK_F_CNT_RESET")] = 5;
    values[(valuesById[6] = "UPLINK_MIC")] = 6;
    values[(valuesById[7] = "UPLINK_F_CNT_RETRANSMISSION")] = 7;
    values[(valuesById[8] = "DOWNLINK_GATEWAY")] = 8;
    values[(valuesById[9] = "RELAY_NEW_END_DEVICE")] = 9;
    values[(valuesById[10] = "F_CNT_DOWN")] = 10;
    values[(valuesById[11] = "EXPIRED")] = 11;
    return values;
  })();

  integration.DeviceInfo = (function () {
    const DeviceInfo = function (properties) {
      this.tags = {};
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    DeviceInfo.prototype.tenantId = "";
    DeviceInfo.prototype.tenantName = "";
    DeviceInfo.prototype.applicationId = "";
    DeviceInfo.prototype.applicationName = "";
    DeviceInfo.prototype.deviceProfileId = "";
    DeviceInfo.prototype.deviceProfileName = "";
    DeviceInfo.prototype.deviceName = "";
    DeviceInfo.prototype.devEui = "";
    DeviceInfo.prototype.tags = $util.emptyObject;
    DeviceInfo.prototype.deviceClassEnabled = 0;

    DeviceInfo.create = function (properties) {
      return new DeviceInfo(properties);
    };

    DeviceInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.tenantId != null && $Object.hasOwnProperty.call(message, "tenantId") && message.tenantId !== "")
        writer.uint32(10).string(message.tenantId);
      if (message.tenantName != null && $Object.hasOwnProperty.call(message, "tenantName") && message.tenantName !== "")
        writer.uint32(18).string(message.tenantName);
      if (
        message.applicationId != null &&
        $Object.hasOwnProperty.call(message, "applicationId") &&
        message.applicationId !== ""
      )
        writer.uint32(26).string(message.applicationId);
      if (
        message.applicationName != null &&
        $Object.hasOwnProperty.call(message, "applicationName") &&
        message.applicationName !== ""
      )
        writer.uint32(34).string(message.applicationName);
      if (
        message.deviceProfileId != null &&
        $Object.hasOwnProperty.call(message, "deviceProfileId") &&
        message.deviceProfileId !== ""
      )
        writer.uint32(42).string(message.deviceProfileId);
      if (
        message.deviceProfileName != null &&
        $Object.hasOwnProperty.call(message, "deviceProfileName") &&
        message.deviceProfileName !== ""
      )
        writer.uint32(50).string(message.deviceProfileName);
      if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
        writer.uint32(58).string(message.deviceName);
      if (message.devEui != null && $Object.hasOwnProperty.call(message, "devEui") && message.devEui !== "")
        writer.uint32(66).string(message.devEui);
      if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
        for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
          writer.uint32(74).fork().uint32(10).string(keys[i]).uint32(18).string(message.tags[keys[i]]).ldelim();
      if (
        message.deviceClassEnabled != null &&
        $Object.hasOwnProperty.call(message, "deviceClassEnabled") &&
        message.deviceClassEnabled !== 0
      )
        writer.uint32(80).int32(message.deviceClassEnabled);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    DeviceInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, key, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.DeviceInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.tenantId = value;
            else delete message.tenantId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.tenantName = value;
            else delete message.tenantName;
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.applicationId = value;
            else delete message.applicationId;
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.applicationName = value;
            else delete message.applicationName;
            continue;
          }
          case 5: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deviceProfileId = value;
            else delete message.deviceProfileId;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deviceProfileName = value;
            else delete message.deviceProfileName;
            continue;
          }
          case 7: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deviceName = value;
            else delete message.deviceName;
            continue;
          }
          case 8: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.devEui = value;
            else delete message.devEui;
            continue;
          }
          case 9: {
            if (wireType !== 2) break;
            if (message.tags === $util.emptyObject) message.tags = {};
            let end2 = reader.size() + reader.pos;
            if (end2 > reader.len) throw $RangeError("index out of range");
            reader.len = end2;
            key = "";
            value = "";
            while (reader.pos < end2) {
              let tag2 = reader.tag();
              wireType = tag2 & 7;
              switch ((tag2 >>>= 3)) {
                case 1:
                  if (wireType !== 2) break;
                  key = reader.stringVerify();
                  continue;
                case 2:
                  if (wireType !== 2) break;
                  value = reader.stringVerify();
                  continue;
              }
              reader.skipType(wireType, _depth, tag2);
            }
            if (reader.pos !== end2) throw $RangeError("index out of range");
            reader.len = end;
            if (key === "__proto__") $util.makeProp(message.tags, key);
            message.tags[key] = value;
            continue;
          }
          case 10: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.deviceClassEnabled = value;
            else delete message.deviceClassEnabled;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    DeviceInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.DeviceInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.DeviceInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.DeviceInfo();
      if (object.tenantId != null)
        if (typeof object.tenantId !== "string" || object.tenantId.length) message.tenantId = $String(object.tenantId);
      if (object.tenantName != null)
        if (typeof object.tenantName !== "string" || object.tenantName.length)
          message.tenantName = $String(object.tenantName);
      if (object.applicationId != null)
        if (typeof object.applicationId !== "string" || object.applicationId.length)
          message.applicationId = $String(object.applicationId);
      if (object.applicationName != null)
        if (typeof object.applicationName !== "string" || object.applicationName.length)
          message.applicationName = $String(object.applicationName);
      if (object.deviceProfileId != null)
        if (typeof object.deviceProfileId !== "string" || object.deviceProfileId.length)
          message.deviceProfileId = $String(object.deviceProfileId);
      if (object.deviceProfileName != null)
        if (typeof object.deviceProfileName !== "string" || object.deviceProfileName.length)
          message.deviceProfileName = $String(object.deviceProfileName);
      if (object.deviceName != null)
        if (typeof object.deviceName !== "string" || object.deviceName.length)
          message.deviceName = $String(object.deviceName);
      if (object.devEui != null)
        if (typeof object.devEui !== "string" || object.devEui.length) message.devEui = $String(object.devEui);
      if (object.tags) {
        if (!$util.isObject(object.tags)) throw $TypeError(".integration.DeviceInfo.tags: object expected");
        message.tags = {};
        for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
          if (keys[i] === "__proto__") $util.makeProp(message.tags, keys[i]);
          message.tags[keys[i]] = $String(object.tags[keys[i]]);
        }
      }
      if (
        object.deviceClassEnabled !== 0 &&
        (typeof object.deviceClassEnabled !== "string" || $root.common.DeviceClass[object.deviceClassEnabled] !== 0)
      )
        switch (object.deviceClassEnabled) {
          case "CLASS_A":
          case 0:
            message.deviceClassEnabled = 0;
            break;
          case "CLASS_B":
          case 1:
            message.deviceClassEnabled = 1;
            break;
          case "CLASS_C":
          case 2:
            message.deviceClassEnabled = 2;
            break;
          default:
            if (
              typeof object.deviceClassEnabled === "number" &&
              (object.deviceClassEnabled | 0) === object.deviceClassEnabled
            )
              message.deviceClassEnabled = object.deviceClassEnabled;
        }
      return message;
    };

    DeviceInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.objects || options.defaults) object.tags = {};
      if (options.defaults) {
        object.tenantId = "";
        object.tenantName = "";
        object.applicationId = "";
        object.applicationName = "";
        object.deviceProfileId = "";
        object.deviceProfileName = "";
        object.deviceName = "";
        object.devEui = "";
        object.deviceClassEnabled = options.enums === $String ? "CLASS_A" : 0;
      }
      if (message.tenantId != null && $Object.hasOwnProperty.call(message, "tenantId"))
        object.tenantId = message.tenantId;
      if (message.tenantName != null && $Object.hasOwnProperty.call(message, "tenantName"))
        object.tenantName = message.tenantName;
      if (message.applicationId != null && $Object.hasOwnProperty.call(message, "applicationId"))
        object.applicationId = message.applicationId;
      if (message.applicationName != null && $Object.hasOwnProperty.call(message, "applicationName"))
        object.applicationName = message.applicationName;
      if (message.deviceProfileId != null && $Object.hasOwnProperty.call(message, "deviceProfileId"))
        object.deviceProfileId = message.deviceProfileId;
      if (message.deviceProfileName != null && $Object.hasOwnProperty.call(message, "deviceProfileName"))
        object.deviceProfileName = message.deviceProfileName;
      if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
        object.deviceName = message.deviceName;
      if (message.devEui != null && $Object.hasOwnProperty.call(message, "devEui")) object.devEui = message.devEui;
      let keys2;
      if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
        object.tags = {};
        for (let j = 0; j < keys2.length; ++j) {
          if (keys2[j] === "__proto__") $util.makeProp(object.tags, keys2[j]);
          object.tags[keys2[j]] = message.tags[keys2[j]];
        }
      }
      if (message.deviceClassEnabled != null && $Object.hasOwnProperty.call(message, "deviceClassEnabled"))
        object.deviceClassEnabled =
          options.enums === $String
            ? $root.common.DeviceClass[message.deviceClassEnabled] === $undefined
              ? message.deviceClassEnabled
              : $root.common.DeviceClass[message.deviceClassEnabled]
            : message.deviceClassEnabled;
      return object;
    };

    DeviceInfo.prototype.toJSON = function () {
      return DeviceInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return DeviceInfo;
  })();

  integration.UplinkEvent = (function () {
    const UplinkEvent = function (properties) {
      this.rxInfo = [];
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    UplinkEvent.prototype.deduplicationId = "";
    UplinkEvent.prototype.time = null;
    UplinkEvent.prototype.deviceInfo = null;
    UplinkEvent.prototype.devAddr = "";
    UplinkEvent.prototype.adr = false;
    UplinkEvent.prototype.dr = 0;
    UplinkEvent.prototype.fCnt = 0;
    UplinkEvent.prototype.fPort = 0;
    UplinkEvent.prototype.confirmed = false;
    UplinkEvent.prototype.data = $util.newBuffer([]);
    UplinkEvent.prototype.object = null;
    UplinkEvent.prototype.rxInfo = $util.emptyArray;
    UplinkEvent.prototype.txInfo = null;
    UplinkEvent.prototype.regionConfigId = "";

    UplinkEvent.create = function (properties) {
      return new UplinkEvent(properties);
    };

    UplinkEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr") && message.devAddr !== "")
        writer.uint32(34).string(message.devAddr);
      if (message.adr != null && $Object.hasOwnProperty.call(message, "adr") && message.adr !== false)
        writer.uint32(40).bool(message.adr);
      if (message.dr != null && $Object.hasOwnProperty.call(message, "dr") && message.dr !== 0)
        writer.uint32(48).uint32(message.dr);
      if (message.fCnt != null && $Object.hasOwnProperty.call(message, "fCnt") && message.fCnt !== 0)
        writer.uint32(56).uint32(message.fCnt);
      if (message.fPort != null && $Object.hasOwnProperty.call(message, "fPort") && message.fPort !== 0)
        writer.uint32(64).uint32(message.fPort);
      if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed") && message.confirmed !== false)
        writer.uint32(72).bool(message.confirmed);
      if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
        writer.uint32(82).bytes(message.data);
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        $root.google.protobuf.Struct.encode(message.object, writer.uint32(90).fork(), _depth + 1).ldelim();
      if (message.rxInfo != null && message.rxInfo.length)
        for (let i = 0; i < message.rxInfo.length; ++i)
          $root.gw.UplinkRxInfo.encode(message.rxInfo[i], writer.uint32(98).fork(), _depth + 1).ldelim();
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        $root.gw.UplinkTxInfo.encode(message.txInfo, writer.uint32(106).fork(), _depth + 1).ldelim();
      if (
        message.regionConfigId != null &&
        $Object.hasOwnProperty.call(message, "regionConfigId") &&
        message.regionConfigId !== ""
      )
        writer.uint32(130).string(message.regionConfigId);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    UplinkEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.UplinkEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.devAddr = value;
            else delete message.devAddr;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.adr = value;
            else delete message.adr;
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.dr = value;
            else delete message.dr;
            continue;
          }
          case 7: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fCnt = value;
            else delete message.fCnt;
            continue;
          }
          case 8: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fPort = value;
            else delete message.fPort;
            continue;
          }
          case 9: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.confirmed = value;
            else delete message.confirmed;
            continue;
          }
          case 10: {
            if (wireType !== 2) break;
            if ((value = reader.bytes()).length) message.data = value;
            else delete message.data;
            continue;
          }
          case 11: {
            if (wireType !== 2) break;
            message.object = $root.google.protobuf.Struct.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.object,
            );
            continue;
          }
          case 12: {
            if (wireType !== 2) break;
            if (!(message.rxInfo && message.rxInfo.length)) message.rxInfo = [];
            message.rxInfo.push($root.gw.UplinkRxInfo.decode(reader, reader.size(), $undefined, _depth + 1));
            continue;
          }
          case 13: {
            if (wireType !== 2) break;
            message.txInfo = $root.gw.UplinkTxInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.txInfo,
            );
            continue;
          }
          case 16: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.regionConfigId = value;
            else delete message.regionConfigId;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    UplinkEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.UplinkEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.UplinkEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.UplinkEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.UplinkEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.UplinkEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.devAddr != null)
        if (typeof object.devAddr !== "string" || object.devAddr.length) message.devAddr = $String(object.devAddr);
      if (object.adr != null) if (object.adr) message.adr = $Boolean(object.adr);
      if (object.dr != null) if ($Number(object.dr) !== 0) message.dr = object.dr >>> 0;
      if (object.fCnt != null) if ($Number(object.fCnt) !== 0) message.fCnt = object.fCnt >>> 0;
      if (object.fPort != null) if ($Number(object.fPort) !== 0) message.fPort = object.fPort >>> 0;
      if (object.confirmed != null) if (object.confirmed) message.confirmed = $Boolean(object.confirmed);
      if (object.data != null)
        if (object.data.length)
          if (typeof object.data === "string")
            $util.base64.decode(object.data, (message.data = $util.newBuffer($util.base64.length(object.data))), 0);
          else if (object.data.length >= 0) message.data = object.data;
      if (object.object != null) {
        if (!$util.isObject(object.object)) throw $TypeError(".integration.UplinkEvent.object: object expected");
        message.object = $root.google.protobuf.Struct.fromObject(object.object, _depth + 1);
      }
      if (object.rxInfo) {
        if (!$Array.isArray(object.rxInfo)) throw $TypeError(".integration.UplinkEvent.rxInfo: array expected");
        message.rxInfo = $Array(object.rxInfo.length);
        for (let i = 0; i < object.rxInfo.length; ++i) {
          if (!$util.isObject(object.rxInfo[i])) throw $TypeError(".integration.UplinkEvent.rxInfo: object expected");
          message.rxInfo[i] = $root.gw.UplinkRxInfo.fromObject(object.rxInfo[i], _depth + 1);
        }
      }
      if (object.txInfo != null) {
        if (!$util.isObject(object.txInfo)) throw $TypeError(".integration.UplinkEvent.txInfo: object expected");
        message.txInfo = $root.gw.UplinkTxInfo.fromObject(object.txInfo, _depth + 1);
      }
      if (object.regionConfigId != null)
        if (typeof object.regionConfigId !== "string" || object.regionConfigId.length)
          message.regionConfigId = $String(object.regionConfigId);
      return message;
    };

    UplinkEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.arrays || options.defaults) object.rxInfo = [];
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.devAddr = "";
        object.adr = false;
        object.dr = 0;
        object.fCnt = 0;
        object.fPort = 0;
        object.confirmed = false;
        if (options.bytes === $String) object.data = "";
        else {
          object.data = [];
          if (options.bytes !== $Array) object.data = $util.newBuffer(object.data);
        }
        object.object = null;
        object.txInfo = null;
        object.regionConfigId = "";
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr")) object.devAddr = message.devAddr;
      if (message.adr != null && $Object.hasOwnProperty.call(message, "adr")) object.adr = message.adr;
      if (message.dr != null && $Object.hasOwnProperty.call(message, "dr")) object.dr = message.dr;
      if (message.fCnt != null && $Object.hasOwnProperty.call(message, "fCnt")) object.fCnt = message.fCnt;
      if (message.fPort != null && $Object.hasOwnProperty.call(message, "fPort")) object.fPort = message.fPort;
      if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed"))
        object.confirmed = message.confirmed;
      if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
        object.data =
          options.bytes === $String
            ? $util.base64.encode(message.data, 0, message.data.length)
            : options.bytes === $Array
              ? $Array.prototype.slice.call(message.data)
              : message.data;
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        object.object = $root.google.protobuf.Struct.toObject(message.object, options, _depth + 1);
      if (message.rxInfo && message.rxInfo.length) {
        object.rxInfo = $Array(message.rxInfo.length);
        for (let j = 0; j < message.rxInfo.length; ++j)
          object.rxInfo[j] = $root.gw.UplinkRxInfo.toObject(message.rxInfo[j], options, _depth + 1);
      }
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        object.txInfo = $root.gw.UplinkTxInfo.toObject(message.txInfo, options, _depth + 1);
      if (message.regionConfigId != null && $Object.hasOwnProperty.call(message, "regionConfigId"))
        object.regionConfigId = message.regionConfigId;
      return object;
    };

    UplinkEvent.prototype.toJSON = function () {
      return UplinkEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return UplinkEvent;
  })();

  integration.JoinEvent = (function () {
    const JoinEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    JoinEvent.prototype.deduplicationId = "";
    JoinEvent.prototype.time = null;
    JoinEvent.prototype.deviceInfo = null;
    JoinEvent.prototype.devAddr = "";
    JoinEvent.prototype.regionConfigId = "";

    JoinEvent.create = function (properties) {
      return new JoinEvent(properties);
    };

    JoinEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr") && message.devAddr !== "")
        writer.uint32(34).string(message.devAddr);
      if (
        message.regionConfigId != null &&
        $Object.hasOwnProperty.call(message, "regionConfigId") &&
        message.regionConfigId !== ""
      )
        writer.uint32(58).string(message.regionConfigId);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    JoinEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.JoinEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.devAddr = value;
            else delete message.devAddr;
            continue;
          }
          case 7: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.regionConfigId = value;
            else delete message.regionConfigId;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    JoinEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.JoinEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.JoinEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.JoinEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.JoinEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.JoinEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.devAddr != null)
        if (typeof object.devAddr !== "string" || object.devAddr.length) message.devAddr = $String(object.devAddr);
      if (object.regionConfigId != null)
        if (typeof object.regionConfigId !== "string" || object.regionConfigId.length)
          message.regionConfigId = $String(object.regionConfigId);
      return message;
    };

    JoinEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.devAddr = "";
        object.regionConfigId = "";
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr")) object.devAddr = message.devAddr;
      if (message.regionConfigId != null && $Object.hasOwnProperty.call(message, "regionConfigId"))
        object.regionConfigId = message.regionConfigId;
      return object;
    };

    JoinEvent.prototype.toJSON = function () {
      return JoinEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return JoinEvent;
  })();

  integration.AckEvent = (function () {
    const AckEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    AckEvent.prototype.deduplicationId = "";
    AckEvent.prototype.time = null;
    AckEvent.prototype.deviceInfo = null;
    AckEvent.prototype.queueItemId = "";
    AckEvent.prototype.acknowledged = false;
    AckEvent.prototype.fCntDown = 0;

    AckEvent.create = function (properties) {
      return new AckEvent(properties);
    };

    AckEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (
        message.queueItemId != null &&
        $Object.hasOwnProperty.call(message, "queueItemId") &&
        message.queueItemId !== ""
      )
        writer.uint32(34).string(message.queueItemId);
      if (
        message.acknowledged != null &&
        $Object.hasOwnProperty.call(message, "acknowledged") &&
        message.acknowledged !== false
      )
        writer.uint32(40).bool(message.acknowledged);
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown") && message.fCntDown !== 0)
        writer.uint32(48).uint32(message.fCntDown);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    AckEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.AckEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.queueItemId = value;
            else delete message.queueItemId;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.acknowledged = value;
            else delete message.acknowledged;
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fCntDown = value;
            else delete message.fCntDown;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    AckEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.AckEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.AckEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.AckEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.AckEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.AckEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.queueItemId != null)
        if (typeof object.queueItemId !== "string" || object.queueItemId.length)
          message.queueItemId = $String(object.queueItemId);
      if (object.acknowledged != null) if (object.acknowledged) message.acknowledged = $Boolean(object.acknowledged);
      if (object.fCntDown != null) if ($Number(object.fCntDown) !== 0) message.fCntDown = object.fCntDown >>> 0;
      return message;
    };

    AckEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.queueItemId = "";
        object.acknowledged = false;
        object.fCntDown = 0;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.queueItemId != null && $Object.hasOwnProperty.call(message, "queueItemId"))
        object.queueItemId = message.queueItemId;
      if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
        object.acknowledged = message.acknowledged;
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown"))
        object.fCntDown = message.fCntDown;
      return object;
    };

    AckEvent.prototype.toJSON = function () {
      return AckEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return AckEvent;
  })();

  integration.TxAckEvent = (function () {
    const TxAckEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    TxAckEvent.prototype.downlinkId = 0;
    TxAckEvent.prototype.time = null;
    TxAckEvent.prototype.deviceInfo = null;
    TxAckEvent.prototype.queueItemId = "";
    TxAckEvent.prototype.fCntDown = 0;
    TxAckEvent.prototype.gatewayId = "";
    TxAckEvent.prototype.txInfo = null;

    TxAckEvent.create = function (properties) {
      return new TxAckEvent(properties);
    };

    TxAckEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.downlinkId != null && $Object.hasOwnProperty.call(message, "downlinkId") && message.downlinkId !== 0)
        writer.uint32(8).uint32(message.downlinkId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (
        message.queueItemId != null &&
        $Object.hasOwnProperty.call(message, "queueItemId") &&
        message.queueItemId !== ""
      )
        writer.uint32(34).string(message.queueItemId);
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown") && message.fCntDown !== 0)
        writer.uint32(40).uint32(message.fCntDown);
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
        writer.uint32(50).string(message.gatewayId);
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        $root.gw.DownlinkTxInfo.encode(message.txInfo, writer.uint32(58).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    TxAckEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.TxAckEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.downlinkId = value;
            else delete message.downlinkId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.queueItemId = value;
            else delete message.queueItemId;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fCntDown = value;
            else delete message.fCntDown;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.gatewayId = value;
            else delete message.gatewayId;
            continue;
          }
          case 7: {
            if (wireType !== 2) break;
            message.txInfo = $root.gw.DownlinkTxInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.txInfo,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    TxAckEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.TxAckEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.TxAckEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.TxAckEvent();
      if (object.downlinkId != null) if ($Number(object.downlinkId) !== 0) message.downlinkId = object.downlinkId >>> 0;
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.TxAckEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.TxAckEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.queueItemId != null)
        if (typeof object.queueItemId !== "string" || object.queueItemId.length)
          message.queueItemId = $String(object.queueItemId);
      if (object.fCntDown != null) if ($Number(object.fCntDown) !== 0) message.fCntDown = object.fCntDown >>> 0;
      if (object.gatewayId != null)
        if (typeof object.gatewayId !== "string" || object.gatewayId.length)
          message.gatewayId = $String(object.gatewayId);
      if (object.txInfo != null) {
        if (!$util.isObject(object.txInfo)) throw $TypeError(".integration.TxAckEvent.txInfo: object expected");
        message.txInfo = $root.gw.DownlinkTxInfo.fromObject(object.txInfo, _depth + 1);
      }
      return message;
    };

    TxAckEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.downlinkId = 0;
        object.time = null;
        object.deviceInfo = null;
        object.queueItemId = "";
        object.fCntDown = 0;
        object.gatewayId = "";
        object.txInfo = null;
      }
      if (message.downlinkId != null && $Object.hasOwnProperty.call(message, "downlinkId"))
        object.downlinkId = message.downlinkId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.queueItemId != null && $Object.hasOwnProperty.call(message, "queueItemId"))
        object.queueItemId = message.queueItemId;
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown"))
        object.fCntDown = message.fCntDown;
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
        object.gatewayId = message.gatewayId;
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        object.txInfo = $root.gw.DownlinkTxInfo.toObject(message.txInfo, options, _depth + 1);
      return object;
    };

    TxAckEvent.prototype.toJSON = function () {
      return TxAckEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return TxAckEvent;
  })();

  integration.LogEvent = (function () {
    const LogEvent = function (properties) {
      this.context = {};
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    LogEvent.prototype.time = null;
    LogEvent.prototype.deviceInfo = null;
    LogEvent.prototype.level = 0;
    LogEvent.prototype.code = 0;
    LogEvent.prototype.description = "";
    LogEvent.prototype.context = $util.emptyObject;

    LogEvent.create = function (properties) {
      return new LogEvent(properties);
    };

    LogEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(10).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
        writer.uint32(24).int32(message.level);
      if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
        writer.uint32(32).int32(message.code);
      if (
        message.description != null &&
        $Object.hasOwnProperty.call(message, "description") &&
        message.description !== ""
      )
        writer.uint32(42).string(message.description);
      if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
        for (let keys = $Object.keys(message.context), i = 0; i < keys.length; ++i)
          writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.context[keys[i]]).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    LogEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, key, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.LogEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 3: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.level = value;
            else delete message.level;
            continue;
          }
          case 4: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.code = value;
            else delete message.code;
            continue;
          }
          case 5: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.description = value;
            else delete message.description;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            if (message.context === $util.emptyObject) message.context = {};
            let end2 = reader.size() + reader.pos;
            if (end2 > reader.len) throw $RangeError("index out of range");
            reader.len = end2;
            key = "";
            value = "";
            while (reader.pos < end2) {
              let tag2 = reader.tag();
              wireType = tag2 & 7;
              switch ((tag2 >>>= 3)) {
                case 1:
                  if (wireType !== 2) break;
                  key = reader.stringVerify();
                  continue;
                case 2:
                  if (wireType !== 2) break;
                  value = reader.stringVerify();
                  continue;
              }
              reader.skipType(wireType, _depth, tag2);
            }
            if (reader.pos !== end2) throw $RangeError("index out of range");
            reader.len = end;
            if (key === "__proto__") $util.makeProp(message.context, key);
            message.context[key] = value;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    LogEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.LogEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.LogEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.LogEvent();
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.LogEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.LogEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.level !== 0 && (typeof object.level !== "string" || $root.integration.LogLevel[object.level] !== 0))
        switch (object.level) {
          case "INFO":
          case 0:
            message.level = 0;
            break;
          case "WARNING":
          case 1:
            message.level = 1;
            break;
          case "ERROR":
          case 2:
            message.level = 2;
            break;
          default:
            if (typeof object.level === "number" && (object.level | 0) === object.level) message.level = object.level;
        }
      if (object.code !== 0 && (typeof object.code !== "string" || $root.integration.LogCode[object.code] !== 0))
        switch (object.code) {
          case "UNKNOWN":
          case 0:
            message.code = 0;
            break;
          case "DOWNLINK_PAYLOAD_SIZE":
          case 1:
            message.code = 1;
            break;
          case "UPLINK_CODEC":
          case 2:
            message.code = 2;
            break;
          case "DOWNLINK_CODEC":
          case 3:
            message.code = 3;
            break;
          case "OTAA":
          case 4:
            message.code = 4;
            break;
          case "UPLINK_F_CNT_RESET":
          case 5:
            message.code = 5;
            break;
          case "UPLINK_MIC":
          case 6:
            message.code = 6;
            break;
          case "UPLINK_F_CNT_RETRANSMISSION":
          case 7:
            message.code = 7;
            break;
          case "DOWNLINK_GATEWAY":
          case 8:
            message.code = 8;
            break;
          case "RELAY_NEW_END_DEVICE":
          case 9:
            message.code = 9;
            break;
          case "F_CNT_DOWN":
          case 10:
            message.code = 10;
            break;
          case "EXPIRED":
          case 11:
            message.code = 11;
            break;
          default:
            if (typeof object.code === "number" && (object.code | 0) === object.code) message.code = object.code;
        }
      if (object.description != null)
        if (typeof object.description !== "string" || object.description.length)
          message.description = $String(object.description);
      if (object.context) {
        if (!$util.isObject(object.context)) throw $TypeError(".integration.LogEvent.context: object expected");
        message.context = {};
        for (let keys = $Object.keys(object.context), i = 0; i < keys.length; ++i) {
          if (keys[i] === "__proto__") $util.makeProp(message.context, keys[i]);
          message.context[keys[i]] = $String(object.context[keys[i]]);
        }
      }
      return message;
    };

    LogEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.objects || options.defaults) object.context = {};
      if (options.defaults) {
        object.time = null;
        object.deviceInfo = null;
        object.level = options.enums === $String ? "INFO" : 0;
        object.code = options.enums === $String ? "UNKNOWN" : 0;
        object.description = "";
      }
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
        object.level =
          options.enums === $String
            ? $root.integration.LogLevel[message.level] === $undefined
              ? message.level
              : $root.integration.LogLevel[message.level]
            : message.level;
      if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
        object.code =
          options.enums === $String
            ? $root.integration.LogCode[message.code] === $undefined
              ? message.code
              : $root.integration.LogCode[message.code]
            : message.code;
      if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
        object.description = message.description;
      let keys2;
      if (message.context && (keys2 = $Object.keys(message.context)).length) {
        object.context = {};
        for (let j = 0; j < keys2.length; ++j) {
          if (keys2[j] === "__proto__") $util.makeProp(object.context, keys2[j]);
          object.context[keys2[j]] = message.context[keys2[j]];
        }
      }
      return object;
    };

    LogEvent.prototype.toJSON = function () {
      return LogEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return LogEvent;
  })();

  integration.StatusEvent = (function () {
    const StatusEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    StatusEvent.prototype.deduplicationId = "";
    StatusEvent.prototype.time = null;
    StatusEvent.prototype.deviceInfo = null;
    StatusEvent.prototype.margin = 0;
    StatusEvent.prototype.externalPowerSource = false;
    StatusEvent.prototype.batteryLevelUnavailable = false;
    StatusEvent.prototype.batteryLevel = 0;

    StatusEvent.create = function (properties) {
      return new StatusEvent(properties);
    };

    StatusEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.margin != null && $Object.hasOwnProperty.call(message, "margin") && message.margin !== 0)
        writer.uint32(40).int32(message.margin);
      if (
        message.externalPowerSource != null &&
        $Object.hasOwnProperty.call(message, "externalPowerSource") &&
        message.externalPowerSource !== false
      )
        writer.uint32(48).bool(message.externalPowerSource);
      if (
        message.batteryLevelUnavailable != null &&
        $Object.hasOwnProperty.call(message, "batteryLevelUnavailable") &&
        message.batteryLevelUnavailable !== false
      )
        writer.uint32(56).bool(message.batteryLevelUnavailable);
      if (
        message.batteryLevel != null &&
        $Object.hasOwnProperty.call(message, "batteryLevel") &&
        !$Object.is(message.batteryLevel, 0)
      )
        writer.uint32(69).float(message.batteryLevel);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    StatusEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.StatusEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.margin = value;
            else delete message.margin;
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.externalPowerSource = value;
            else delete message.externalPowerSource;
            continue;
          }
          case 7: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.batteryLevelUnavailable = value;
            else delete message.batteryLevelUnavailable;
            continue;
          }
          case 8: {
            if (wireType !== 5) break;
            if (!$Object.is((value = reader.float()), 0)) message.batteryLevel = value;
            else delete message.batteryLevel;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    StatusEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.StatusEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.StatusEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.StatusEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.StatusEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.StatusEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.margin != null) if ($Number(object.margin) !== 0) message.margin = object.margin | 0;
      if (object.externalPowerSource != null)
        if (object.externalPowerSource) message.externalPowerSource = $Boolean(object.externalPowerSource);
      if (object.batteryLevelUnavailable != null)
        if (object.batteryLevelUnavailable) message.batteryLevelUnavailable = $Boolean(object.batteryLevelUnavailable);
      if (object.batteryLevel != null)
        if (!$Object.is($Number(object.batteryLevel), 0)) message.batteryLevel = $Number(object.batteryLevel);
      return message;
    };

    StatusEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.margin = 0;
        object.externalPowerSource = false;
        object.batteryLevelUnavailable = false;
        object.batteryLevel = 0;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.margin != null && $Object.hasOwnProperty.call(message, "margin")) object.margin = message.margin;
      if (message.externalPowerSource != null && $Object.hasOwnProperty.call(message, "externalPowerSource"))
        object.externalPowerSource = message.externalPowerSource;
      if (message.batteryLevelUnavailable != null && $Object.hasOwnProperty.call(message, "batteryLevelUnavailable"))
        object.batteryLevelUnavailable = message.batteryLevelUnavailable;
      if (message.batteryLevel != null && $Object.hasOwnProperty.call(message, "batteryLevel"))
        object.batteryLevel =
          options.json && !$isFinite(message.batteryLevel) ? $String(message.batteryLevel) : message.batteryLevel;
      return object;
    };

    StatusEvent.prototype.toJSON = function () {
      return StatusEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return StatusEvent;
  })();

  integration.LocationEvent = (function () {
    const LocationEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    LocationEvent.prototype.deduplicationId = "";
    LocationEvent.prototype.time = null;
    LocationEvent.prototype.deviceInfo = null;
    LocationEvent.prototype.location = null;

    LocationEvent.create = function (properties) {
      return new LocationEvent(properties);
    };

    LocationEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        $root.common.Location.encode(message.location, writer.uint32(34).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    LocationEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.LocationEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            message.location = $root.common.Location.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.location,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    LocationEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.LocationEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.LocationEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.LocationEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.LocationEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.LocationEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.location != null) {
        if (!$util.isObject(object.location)) throw $TypeError(".integration.LocationEvent.location: object expected");
        message.location = $root.common.Location.fromObject(object.location, _depth + 1);
      }
      return message;
    };

    LocationEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.location = null;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        object.location = $root.common.Location.toObject(message.location, options, _depth + 1);
      return object;
    };

    LocationEvent.prototype.toJSON = function () {
      return LocationEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return LocationEvent;
  })();

  integration.IntegrationEvent = (function () {
    const IntegrationEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    IntegrationEvent.prototype.deduplicationId = "";
    IntegrationEvent.prototype.time = null;
    IntegrationEvent.prototype.deviceInfo = null;
    IntegrationEvent.prototype.integrationName = "";
    IntegrationEvent.prototype.eventType = "";
    IntegrationEvent.prototype.object = null;

    IntegrationEvent.create = function (properties) {
      return new IntegrationEvent(properties);
    };

    IntegrationEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(message.deviceInfo, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (
        message.integrationName != null &&
        $Object.hasOwnProperty.call(message, "integrationName") &&
        message.integrationName !== ""
      )
        writer.uint32(34).string(message.integrationName);
      if (message.eventType != null && $Object.hasOwnProperty.call(message, "eventType") && message.eventType !== "")
        writer.uint32(42).string(message.eventType);
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        $root.google.protobuf.Struct.encode(message.object, writer.uint32(50).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    IntegrationEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.IntegrationEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.integrationName = value;
            else delete message.integrationName;
            continue;
          }
          case 5: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.eventType = value;
            else delete message.eventType;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            message.object = $root.google.protobuf.Struct.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.object,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    IntegrationEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.IntegrationEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.IntegrationEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.IntegrationEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.IntegrationEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.IntegrationEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.integrationName != null)
        if (typeof object.integrationName !== "string" || object.integrationName.length)
          message.integrationName = $String(object.integrationName);
      if (object.eventType != null)
        if (typeof object.eventType !== "string" || object.eventType.length)
          message.eventType = $String(object.eventType);
      if (object.object != null) {
        if (!$util.isObject(object.object)) throw $TypeError(".integration.IntegrationEvent.object: object expected");
        message.object = $root.google.protobuf.Struct.fromObject(object.object, _depth + 1);
      }
      return message;
    };

    IntegrationEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.integrationName = "";
        object.eventType = "";
        object.object = null;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.integrationName != null && $Object.hasOwnProperty.call(message, "integrationName"))
        object.integrationName = message.integrationName;
      if (message.eventType != null && $Object.hasOwnProperty.call(message, "eventType"))
        object.eventType = message.eventType;
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        object.object = $root.google.protobuf.Struct.toObject(message.object, options, _depth + 1);
      return object;
    };

    IntegrationEvent.prototype.toJSON = function () {
      return IntegrationEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return IntegrationEvent;
  })();

  return integration;
})());

export const common = ($root.common = (() => {
  const common = {};

  common.LocationSource = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "UNKNOWN")] = 0;
    values[(valuesById[1] = "GPS")] = 1;
    values[(valuesById[2] = "CONFIG")] = 2;
    values[(valuesById[3] = "GEO_RESOLVER_TDOA")] = 3;
    values[(valuesById[4] = "GEO_RESOLVER_RSSI")] = 4;
    values[(valuesById[5] = "GEO_RESOLVER_GNSS")] = 5;
    values[(valuesById[6] = "GEO_RESOLVER_WIFI")] = 6;
    return values;
  })();

  common.DeviceClass = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "CLASS_A")] = 0;
    values[(valuesById[1] = "CLASS_B")] = 1;
    values[(valuesById[2] = "CLASS_C")] = 2;
    return values;
  })();

  common.Location = (function () {
    const Location = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    Location.prototype.latitude = 0;
    Location.prototype.longitude = 0;
    Location.prototype.altitude = 0;
    Location.prototype.source = 0;
    Location.prototype.accuracy = 0;

    Location.create = function (properties) {
      return new Location(properties);
    };

    Location.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.latitude != null &&
        $Object.hasOwnProperty.call(message, "latitude") &&
        !$Object.is(message.latitude, 0)
      )
        writer.uint32(9).double(message.latitude);
      if (
        message.longitude != null &&
        $Object.hasOwnProperty.call(message, "longitude") &&
        !$Object.is(message.longitude, 0)
      )
        writer.uint32(17).double(message.longitude);
      if (
        message.altitude != null &&
        $Object.hasOwnProperty.call(message, "altitude") &&
        !$Object.is(message.altitude, 0)
      )
        writer.uint32(25).double(message.altitude);
      if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
        writer.uint32(32).int32(message.source);
      if (
        message.accuracy != null &&
        $Object.hasOwnProperty.call(message, "accuracy") &&
        !$Object.is(message.accuracy, 0)
      )
        writer.uint32(45).float(message.accuracy);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    Location.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.common.Location();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 1) break;
            if (!$Object.is((value = reader.double()), 0)) message.latitude = value;
            else delete message.latitude;
            continue;
          }
          case 2: {
            if (wireType !== 1) break;
            if (!$Object.is((value = reader.double()), 0)) message.longitude = value;
            else delete message.longitude;
            continue;
          }
          case 3: {
            if (wireType !== 1) break;
            if (!$Object.is((value = reader.double()), 0)) message.altitude = value;
            else delete message.altitude;
            continue;
          }
          case 4: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.source = value;
            else delete message.source;
            continue;
          }
          case 5: {
            if (wireType !== 5) break;
            if (!$Object.is((value = reader.float()), 0)) message.accuracy = value;
            else delete message.accuracy;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    Location.fromObject = function (object, _depth) {
      if (object instanceof $root.common.Location) return object;
      if (!$util.isObject(object)) throw $TypeError(".common.Location: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.common.Location();
      if (object.latitude != null)
        if (!$Object.is($Number(object.latitude), 0)) message.latitude = $Number(object.latitude);
      if (object.longitude != null)
        if (!$Object.is($Number(object.longitude), 0)) message.longitude = $Number(object.longitude);
      if (object.altitude != null)
        if (!$Object.is($Number(object.altitude), 0)) message.altitude = $Number(object.altitude);
      if (
        object.source !== 0 &&
        (typeof object.source !== "string" || $root.common.LocationSource[object.source] !== 0)
      )
        switch (object.source) {
          case "UNKNOWN":
          case 0:
            message.source = 0;
            break;
          case "GPS":
          case 1:
            message.source = 1;
            break;
          case "CONFIG":
          case 2:
            message.source = 2;
            break;
          case "GEO_RESOLVER_TDOA":
          case 3:
            message.source = 3;
            break;
          case "GEO_RESOLVER_RSSI":
          case 4:
            message.source = 4;
            break;
          case "GEO_RESOLVER_GNSS":
          case 5:
            message.source = 5;
            break;
          case "GEO_RESOLVER_WIFI":
          case 6:
            message.source = 6;
            break;
          default:
            if (typeof object.source === "number" && (object.source | 0) === object.source)
              message.source = object.source;
        }
      if (object.accuracy != null)
        if (!$Object.is($Number(object.accuracy), 0)) message.accuracy = $Number(object.accuracy);
      return message;
    };

    Location.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.latitude = 0;
        object.longitude = 0;
        object.altitude = 0;
        object.source = options.enums === $String ? "UNKNOWN" : 0;
        object.accuracy = 0;
      }
      if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude"))
        object.latitude = options.json && !$isFinite(message.latitude) ? $String(message.latitude) : message.latitude;
      if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude"))
        object.longitude =
          options.json && !$isFinite(message.longitude) ? $String(message.longitude) : message.longitude;
      if (message.altitude != null && $Object.hasOwnProperty.call(message, "altitude"))
        object.altitude = options.json && !$isFinite(message.altitude) ? $String(message.altitude) : message.altitude;
      if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
        object.source =
          options.enums === $String
            ? $root.common.LocationSource[message.source] === $undefined
              ? message.source
              : $root.common.LocationSource[message.source]
            : message.source;
      if (message.accuracy != null && $Object.hasOwnProperty.call(message, "accuracy"))
        object.accuracy = options.json && !$isFinite(message.accuracy) ? $String(message.accuracy) : message.accuracy;
      return object;
    };

    Location.prototype.toJSON = function () {
      return Location.toObject(this, $protobuf.util.toJSONOptions);
    };

    return Location;
  })();

  return common;
})());

export const gw = ($root.gw = (() => {
  const gw = {};

  gw.CodeRate = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "CR_UNDEFINED")] = 0;
    values[(valuesById[1] = "CR_4_5")] = 1;
    values[(valuesById[2] = "CR_4_6")] = 2;
    values[(valuesById[3] = "CR_4_7")] = 3;
    values[(valuesById[4] = "CR_4_8")] = 4;
    values[(valuesById[5] = "CR_3_8")] = 5;
    values[(valuesById[6] = "CR_2_6")] = 6;
    values[(valuesById[7] = "CR_1_4")] = 7;
    values[(valuesById[8] = "CR_1_6")] = 8;
    values[(valuesById[9] = "CR_5_6")] = 9;
    values[(valuesById[10] = "CR_LI_4_5")] = 10;
    values[(valuesById[11] = "CR_LI_4_6")] = 11;
    values[(valuesById[12] = "CR_LI_4_8")] = 12;
    return values;
  })();

  gw.CRCStatus = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "NO_CRC")] = 0;
    values[(valuesById[1] = "BAD_CRC")] = 1;
    values[(valuesById[2] = "CRC_OK")] = 2;
    return values;
  })();

  gw.LoraModulationInfo = (function () {
    const LoraModulationInfo = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    LoraModulationInfo.prototype.bandwidth = 0;
    LoraModulationInfo.prototype.spreadingFactor = 0;
    LoraModulationInfo.prototype.codeRate = 0;

    LoraModulationInfo.create = function (properties) {
      return new LoraModulationInfo(properties);
    };

    LoraModulationInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.bandwidth != null && $Object.hasOwnProperty.call(message, "bandwidth") && message.bandwidth !== 0)
        writer.uint32(8).uint32(message.bandwidth);
      if (
        message.spreadingFactor != null &&
        $Object.hasOwnProperty.call(message, "spreadingFactor") &&
        message.spreadingFactor !== 0
      )
        writer.uint32(16).uint32(message.spreadingFactor);
      if (message.codeRate != null && $Object.hasOwnProperty.call(message, "codeRate") && message.codeRate !== 0)
        writer.uint32(40).int32(message.codeRate);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    LoraModulationInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.LoraModulationInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.bandwidth = value;
            else delete message.bandwidth;
            continue;
          }
          case 2: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.spreadingFactor = value;
            else delete message.spreadingFactor;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.codeRate = value;
            else delete message.codeRate;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    LoraModulationInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.LoraModulationInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.LoraModulationInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.LoraModulationInfo();
      if (object.bandwidth != null) if ($Number(object.bandwidth) !== 0) message.bandwidth = object.bandwidth >>> 0;
      if (object.spreadingFactor != null)
        if ($Number(object.spreadingFactor) !== 0) message.spreadingFactor = object.spreadingFactor >>> 0;
      if (object.codeRate !== 0 && (typeof object.codeRate !== "string" || $root.gw.CodeRate[object.codeRate] !== 0))
        switch (object.codeRate) {
          case "CR_UNDEFINED":
          case 0:
            message.codeRate = 0;
            break;
          case "CR_4_5":
          case 1:
            message.codeRate = 1;
            break;
          case "CR_4_6":
          case 2:
            message.codeRate = 2;
            break;
          case "CR_4_7":
          case 3:
            message.codeRate = 3;
            break;
          case "CR_4_8":
          case 4:
            message.codeRate = 4;
            break;
          case "CR_3_8":
          case 5:
            message.codeRate = 5;
            break;
          case "CR_2_6":
          case 6:
            message.codeRate = 6;
            break;
          case "CR_1_4":
          case 7:
            message.codeRate = 7;
            break;
          case "CR_1_6":
          case 8:
            message.codeRate = 8;
            break;
          case "CR_5_6":
          case 9:
            message.codeRate = 9;
            break;
          case "CR_LI_4_5":
          case 10:
            message.codeRate = 10;
            break;
          case "CR_LI_4_6":
          case 11:
            message.codeRate = 11;
            break;
          case "CR_LI_4_8":
          case 12:
            message.codeRate = 12;
            break;
          default:
            if (typeof object.codeRate === "number" && (object.codeRate | 0) === object.codeRate)
              message.codeRate = object.codeRate;
        }
      return message;
    };

    LoraModulationInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.bandwidth = 0;
        object.spreadingFactor = 0;
        object.codeRate = options.enums === $String ? "CR_UNDEFINED" : 0;
      }
      if (message.bandwidth != null && $Object.hasOwnProperty.call(message, "bandwidth"))
        object.bandwidth = message.bandwidth;
      if (message.spreadingFactor != null && $Object.hasOwnProperty.call(message, "spreadingFactor"))
        object.spreadingFactor = message.spreadingFactor;
      if (message.codeRate != null && $Object.hasOwnProperty.call(message, "codeRate"))
        object.codeRate =
          options.enums === $String
            ? $root.gw.CodeRate[message.codeRate] === $undefined
              ? message.codeRate
              : $root.gw.CodeRate[message.codeRate]
            : message.codeRate;
      return object;
    };

    LoraModulationInfo.prototype.toJSON = function () {
      return LoraModulationInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return LoraModulationInfo;
  })();

  gw.Modulation = (function () {
    const Modulation = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    Modulation.prototype.lora = null;

    let $oneOfFields;

    $Object.defineProperty(Modulation.prototype, "parameters", {
      get: $util.oneOfGetter(($oneOfFields = ["lora"])),
      set: $util.oneOfSetter($oneOfFields),
    });

    Modulation.create = function (properties) {
      return new Modulation(properties);
    };

    Modulation.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.lora != null && $Object.hasOwnProperty.call(message, "lora"))
        $root.gw.LoraModulationInfo.encode(message.lora, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    Modulation.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.Modulation();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 3: {
            if (wireType !== 2) break;
            message.lora = $root.gw.LoraModulationInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.lora,
            );
            message.parameters = "lora";
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    Modulation.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.Modulation) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.Modulation: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.Modulation();
      if (object.lora != null) {
        if (!$util.isObject(object.lora)) throw $TypeError(".gw.Modulation.lora: object expected");
        message.lora = $root.gw.LoraModulationInfo.fromObject(object.lora, _depth + 1);
      }
      return message;
    };

    Modulation.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (message.lora != null && $Object.hasOwnProperty.call(message, "lora")) {
        object.lora = $root.gw.LoraModulationInfo.toObject(message.lora, options, _depth + 1);
        if (options.oneofs) object.parameters = "lora";
      }
      return object;
    };

    Modulation.prototype.toJSON = function () {
      return Modulation.toObject(this, $protobuf.util.toJSONOptions);
    };

    return Modulation;
  })();

  gw.UplinkTxInfo = (function () {
    const UplinkTxInfo = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    UplinkTxInfo.prototype.frequency = 0;
    UplinkTxInfo.prototype.modulation = null;

    UplinkTxInfo.create = function (properties) {
      return new UplinkTxInfo(properties);
    };

    UplinkTxInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency") && message.frequency !== 0)
        writer.uint32(8).uint32(message.frequency);
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        $root.gw.Modulation.encode(message.modulation, writer.uint32(18).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    UplinkTxInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.UplinkTxInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.frequency = value;
            else delete message.frequency;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.modulation = $root.gw.Modulation.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.modulation,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    UplinkTxInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.UplinkTxInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.UplinkTxInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.UplinkTxInfo();
      if (object.frequency != null) if ($Number(object.frequency) !== 0) message.frequency = object.frequency >>> 0;
      if (object.modulation != null) {
        if (!$util.isObject(object.modulation)) throw $TypeError(".gw.UplinkTxInfo.modulation: object expected");
        message.modulation = $root.gw.Modulation.fromObject(object.modulation, _depth + 1);
      }
      return message;
    };

    UplinkTxInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.frequency = 0;
        object.modulation = null;
      }
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency"))
        object.frequency = message.frequency;
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        object.modulation = $root.gw.Modulation.toObject(message.modulation, options, _depth + 1);
      return object;
    };

    UplinkTxInfo.prototype.toJSON = function () {
      return UplinkTxInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return UplinkTxInfo;
  })();

  gw.UplinkRxInfo = (function () {
    const UplinkRxInfo = function (properties) {
      this.metadata = {};
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    UplinkRxInfo.prototype.gatewayId = "";
    UplinkRxInfo.prototype.uplinkId = 0;
    UplinkRxInfo.prototype.gwTime = null;
    UplinkRxInfo.prototype.rssi = 0;
    UplinkRxInfo.prototype.snr = 0;
    UplinkRxInfo.prototype.channel = 0;
    UplinkRxInfo.prototype.rfChain = 0;
    UplinkRxInfo.prototype.location = null;
    UplinkRxInfo.prototype.metadata = $util.emptyObject;
    UplinkRxInfo.prototype.crcStatus = 0;
    UplinkRxInfo.prototype.nsTime = null;

    UplinkRxInfo.create = function (properties) {
      return new UplinkRxInfo(properties);
    };

    UplinkRxInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
        writer.uint32(10).string(message.gatewayId);
      if (message.uplinkId != null && $Object.hasOwnProperty.call(message, "uplinkId") && message.uplinkId !== 0)
        writer.uint32(16).uint32(message.uplinkId);
      if (message.gwTime != null && $Object.hasOwnProperty.call(message, "gwTime"))
        $root.google.protobuf.Timestamp.encode(message.gwTime, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.rssi != null && $Object.hasOwnProperty.call(message, "rssi") && message.rssi !== 0)
        writer.uint32(48).int32(message.rssi);
      if (message.snr != null && $Object.hasOwnProperty.call(message, "snr") && !$Object.is(message.snr, 0))
        writer.uint32(61).float(message.snr);
      if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
        writer.uint32(64).uint32(message.channel);
      if (message.rfChain != null && $Object.hasOwnProperty.call(message, "rfChain") && message.rfChain !== 0)
        writer.uint32(72).uint32(message.rfChain);
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        $root.common.Location.encode(message.location, writer.uint32(98).fork(), _depth + 1).ldelim();
      if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
        for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
          writer.uint32(122).fork().uint32(10).string(keys[i]).uint32(18).string(message.metadata[keys[i]]).ldelim();
      if (message.crcStatus != null && $Object.hasOwnProperty.call(message, "crcStatus") && message.crcStatus !== 0)
        writer.uint32(128).int32(message.crcStatus);
      if (message.nsTime != null && $Object.hasOwnProperty.call(message, "nsTime"))
        $root.google.protobuf.Timestamp.encode(message.nsTime, writer.uint32(138).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    UplinkRxInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, key, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.UplinkRxInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.gatewayId = value;
            else delete message.gatewayId;
            continue;
          }
          case 2: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.uplinkId = value;
            else delete message.uplinkId;
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.gwTime = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.gwTime,
            );
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.rssi = value;
            else delete message.rssi;
            continue;
          }
          case 7: {
            if (wireType !== 5) break;
            if (!$Object.is((value = reader.float()), 0)) message.snr = value;
            else delete message.snr;
            continue;
          }
          case 8: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.channel = value;
            else delete message.channel;
            continue;
          }
          case 9: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.rfChain = value;
            else delete message.rfChain;
            continue;
          }
          case 12: {
            if (wireType !== 2) break;
            message.location = $root.common.Location.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.location,
            );
            continue;
          }
          case 15: {
            if (wireType !== 2) break;
            if (message.metadata === $util.emptyObject) message.metadata = {};
            let end2 = reader.size() + reader.pos;
            if (end2 > reader.len) throw $RangeError("index out of range");
            reader.len = end2;
            key = "";
            value = "";
            while (reader.pos < end2) {
              let tag2 = reader.tag();
              wireType = tag2 & 7;
              switch ((tag2 >>>= 3)) {
                case 1:
                  if (wireType !== 2) break;
                  key = reader.stringVerify();
                  continue;
                case 2:
                  if (wireType !== 2) break;
                  value = reader.stringVerify();
                  continue;
              }
              reader.skipType(wireType, _depth, tag2);
            }
            if (reader.pos !== end2) throw $RangeError("index out of range");
            reader.len = end;
            if (key === "__proto__") $util.makeProp(message.metadata, key);
            message.metadata[key] = value;
            continue;
          }
          case 16: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.crcStatus = value;
            else delete message.crcStatus;
            continue;
          }
          case 17: {
            if (wireType !== 2) break;
            message.nsTime = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.nsTime,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    UplinkRxInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.UplinkRxInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.UplinkRxInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.UplinkRxInfo();
      if (object.gatewayId != null)
        if (typeof object.gatewayId !== "string" || object.gatewayId.length)
          message.gatewayId = $String(object.gatewayId);
      if (object.uplinkId != null) if ($Number(object.uplinkId) !== 0) message.uplinkId = object.uplinkId >>> 0;
      if (object.gwTime != null) {
        if (!$util.isObject(object.gwTime)) throw $TypeError(".gw.UplinkRxInfo.gwTime: object expected");
        message.gwTime = $root.google.protobuf.Timestamp.fromObject(object.gwTime, _depth + 1);
      }
      if (object.rssi != null) if ($Number(object.rssi) !== 0) message.rssi = object.rssi | 0;
      if (object.snr != null) if (!$Object.is($Number(object.snr), 0)) message.snr = $Number(object.snr);
      if (object.channel != null) if ($Number(object.channel) !== 0) message.channel = object.channel >>> 0;
      if (object.rfChain != null) if ($Number(object.rfChain) !== 0) message.rfChain = object.rfChain >>> 0;
      if (object.location != null) {
        if (!$util.isObject(object.location)) throw $TypeError(".gw.UplinkRxInfo.location: object expected");
        message.location = $root.common.Location.fromObject(object.location, _depth + 1);
      }
      if (object.metadata) {
        if (!$util.isObject(object.metadata)) throw $TypeError(".gw.UplinkRxInfo.metadata: object expected");
        message.metadata = {};
        for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
          if (keys[i] === "__proto__") $util.makeProp(message.metadata, keys[i]);
          message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
        }
      }
      if (
        object.crcStatus !== 0 &&
        (typeof object.crcStatus !== "string" || $root.gw.CRCStatus[object.crcStatus] !== 0)
      )
        switch (object.crcStatus) {
          case "NO_CRC":
          case 0:
            message.crcStatus = 0;
            break;
          case "BAD_CRC":
          case 1:
            message.crcStatus = 1;
            break;
          case "CRC_OK":
          case 2:
            message.crcStatus = 2;
            break;
          default:
            if (typeof object.crcStatus === "number" && (object.crcStatus | 0) === object.crcStatus)
              message.crcStatus = object.crcStatus;
        }
      if (object.nsTime != null) {
        if (!$util.isObject(object.nsTime)) throw $TypeError(".gw.UplinkRxInfo.nsTime: object expected");
        message.nsTime = $root.google.protobuf.Timestamp.fromObject(object.nsTime, _depth + 1);
      }
      return message;
    };

    UplinkRxInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.objects || options.defaults) object.metadata = {};
      if (options.defaults) {
        object.gatewayId = "";
        object.uplinkId = 0;
        object.gwTime = null;
        object.rssi = 0;
        object.snr = 0;
        object.channel = 0;
        object.rfChain = 0;
        object.location = null;
        object.crcStatus = options.enums === $String ? "NO_CRC" : 0;
        object.nsTime = null;
      }
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
        object.gatewayId = message.gatewayId;
      if (message.uplinkId != null && $Object.hasOwnProperty.call(message, "uplinkId"))
        object.uplinkId = message.uplinkId;
      if (message.gwTime != null && $Object.hasOwnProperty.call(message, "gwTime"))
        object.gwTime = $root.google.protobuf.Timestamp.toObject(message.gwTime, options, _depth + 1);
      if (message.rssi != null && $Object.hasOwnProperty.call(message, "rssi")) object.rssi = message.rssi;
      if (message.snr != null && $Object.hasOwnProperty.call(message, "snr"))
        object.snr = options.json && !$isFinite(message.snr) ? $String(message.snr) : message.snr;
      if (message.channel != null && $Object.hasOwnProperty.call(message, "channel")) object.channel = message.channel;
      if (message.rfChain != null && $Object.hasOwnProperty.call(message, "rfChain")) object.rfChain = message.rfChain;
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        object.location = $root.common.Location.toObject(message.location, options, _depth + 1);
      let keys2;
      if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
        object.metadata = {};
        for (let j = 0; j < keys2.length; ++j) {
          if (keys2[j] === "__proto__") $util.makeProp(object.metadata, keys2[j]);
          object.metadata[keys2[j]] = message.metadata[keys2[j]];
        }
      }
      if (message.crcStatus != null && $Object.hasOwnProperty.call(message, "crcStatus"))
        object.crcStatus =
          options.enums === $String
            ? $root.gw.CRCStatus[message.crcStatus] === $undefined
              ? message.crcStatus
              : $root.gw.CRCStatus[message.crcStatus]
            : message.crcStatus;
      if (message.nsTime != null && $Object.hasOwnProperty.call(message, "nsTime"))
        object.nsTime = $root.google.protobuf.Timestamp.toObject(message.nsTime, options, _depth + 1);
      return object;
    };

    UplinkRxInfo.prototype.toJSON = function () {
      return UplinkRxInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return UplinkRxInfo;
  })();

  gw.DownlinkTxInfo = (function () {
    const DownlinkTxInfo = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    DownlinkTxInfo.prototype.frequency = 0;
    DownlinkTxInfo.prototype.power = 0;
    DownlinkTxInfo.prototype.modulation = null;

    DownlinkTxInfo.create = function (properties) {
      return new DownlinkTxInfo(properties);
    };

    DownlinkTxInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency") && message.frequency !== 0)
        writer.uint32(8).uint32(message.frequency);
      if (message.power != null && $Object.hasOwnProperty.call(message, "power") && message.power !== 0)
        writer.uint32(16).int32(message.power);
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        $root.gw.Modulation.encode(message.modulation, writer.uint32(26).fork(), _depth + 1).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    DownlinkTxInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.DownlinkTxInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.frequency = value;
            else delete message.frequency;
            continue;
          }
          case 2: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.power = value;
            else delete message.power;
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.modulation = $root.gw.Modulation.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.modulation,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    DownlinkTxInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.DownlinkTxInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.DownlinkTxInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.DownlinkTxInfo();
      if (object.frequency != null) if ($Number(object.frequency) !== 0) message.frequency = object.frequency >>> 0;
      if (object.power != null) if ($Number(object.power) !== 0) message.power = object.power | 0;
      if (object.modulation != null) {
        if (!$util.isObject(object.modulation)) throw $TypeError(".gw.DownlinkTxInfo.modulation: object expected");
        message.modulation = $root.gw.Modulation.fromObject(object.modulation, _depth + 1);
      }
      return message;
    };

    DownlinkTxInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.frequency = 0;
        object.power = 0;
        object.modulation = null;
      }
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency"))
        object.frequency = message.frequency;
      if (message.power != null && $Object.hasOwnProperty.call(message, "power")) object.power = message.power;
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        object.modulation = $root.gw.Modulation.toObject(message.modulation, options, _depth + 1);
      return object;
    };

    DownlinkTxInfo.prototype.toJSON = function () {
      return DownlinkTxInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return DownlinkTxInfo;
  })();

  return gw;
})());

export const google = ($root.google = (() => {
  const google = {};

  google.protobuf = (function () {
    const protobuf = {};

    protobuf.Timestamp = (function () {
      const Timestamp = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;
      Timestamp.prototype.nanos = 0;

      Timestamp.create = function (properties) {
        return new Timestamp(properties);
      };

      Timestamp.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (
          message.seconds != null &&
          $Object.hasOwnProperty.call(message, "seconds") &&
          (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0)
        )
          writer.uint32(8).int64(message.seconds);
        if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
          writer.uint32(16).int32(message.nanos);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      Timestamp.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.Timestamp();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 0) break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.seconds = value;
              else delete message.seconds;
              continue;
            }
            case 2: {
              if (wireType !== 0) break;
              if ((value = reader.int32())) message.nanos = value;
              else delete message.nanos;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      Timestamp.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.Timestamp) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.Timestamp: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.Timestamp();
        if (object.seconds != null)
          if (
            typeof object.seconds === "object"
              ? object.seconds.low || object.seconds.high
              : $Number(object.seconds) !== 0
          )
            if ($util.Long) message.seconds = $util.Long.fromValue(object.seconds, false);
            else if (typeof object.seconds === "string") message.seconds = $parseInt(object.seconds, 10);
            else if (typeof object.seconds === "number") message.seconds = object.seconds;
            else if (typeof object.seconds === "object")
              message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
        if (object.nanos != null) if ($Number(object.nanos) !== 0) message.nanos = object.nanos | 0;
        return message;
      };

      Timestamp.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.seconds =
              options.longs === $String
                ? long.toString()
                : options.longs === $Number
                  ? long.toNumber()
                  : typeof $BigInt !== "undefined" && options.longs === $BigInt
                    ? long.toBigInt()
                    : long;
          } else
            object.seconds =
              options.longs === $String
                ? "0"
                : typeof $BigInt !== "undefined" && options.longs === $BigInt
                  ? $BigInt("0")
                  : 0;
          object.nanos = 0;
        }
        if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seconds =
              typeof message.seconds === "number"
                ? $BigInt(message.seconds)
                : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
          else if (typeof message.seconds === "number")
            object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
          else
            object.seconds =
              options.longs === $String
                ? $util.Long.prototype.toString.call(message.seconds)
                : options.longs === $Number
                  ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber()
                  : message.seconds;
        if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos")) object.nanos = message.nanos;
        return object;
      };

      Timestamp.prototype.toJSON = function () {
        return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Timestamp;
    })();

    protobuf.Struct = (function () {
      const Struct = function (properties) {
        this.fields = {};
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      Struct.prototype.fields = $util.emptyObject;

      Struct.create = function (properties) {
        return new Struct(properties);
      };

      Struct.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
          for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
            writer.uint32(10).fork().uint32(10).string(keys[i]);
            $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(18).fork(), _depth + 1)
              .ldelim()
              .ldelim();
          }
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      Struct.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, key, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.Struct();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 2) break;
              if (message.fields === $util.emptyObject) message.fields = {};
              let end2 = reader.size() + reader.pos;
              if (end2 > reader.len) throw $RangeError("index out of range");
              reader.len = end2;
              key = "";
              value = null;
              while (reader.pos < end2) {
                let tag2 = reader.tag();
                wireType = tag2 & 7;
                switch ((tag2 >>>= 3)) {
                  case 1:
                    if (wireType !== 2) break;
                    key = reader.stringVerify();
                    continue;
                  case 2:
                    if (wireType !== 2) break;
                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                    continue;
                }
                reader.skipType(wireType, _depth, tag2);
              }
              if (reader.pos !== end2) throw $RangeError("index out of range");
              reader.len = end;
              if (key === "__proto__") $util.makeProp(message.fields, key);
              message.fields[key] = value || new $root.google.protobuf.Value();
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      Struct.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.Struct) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.Struct: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.Struct();
        if (object.fields) {
          if (!$util.isObject(object.fields)) throw $TypeError(".google.protobuf.Struct.fields: object expected");
          message.fields = {};
          for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
            if (keys[i] === "__proto__") $util.makeProp(message.fields, keys[i]);
            if (!$util.isObject(object.fields[keys[i]]))
              throw $TypeError(".google.protobuf.Struct.fields: object expected");
            message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], _depth + 1);
          }
        }
        return message;
      };

      Struct.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.objects || options.defaults) object.fields = {};
        let keys2;
        if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
          object.fields = {};
          for (let j = 0; j < keys2.length; ++j) {
            if (keys2[j] === "__proto__") $util.makeProp(object.fields, keys2[j]);
            object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(
              message.fields[keys2[j]],
              options,
              _depth + 1,
            );
          }
        }
        return object;
      };

      Struct.prototype.toJSON = function () {
        return Struct.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Struct;
    })();

    protobuf.Value = (function () {
      const Value = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      Value.prototype.nullValue = null;
      Value.prototype.numberValue = null;
      Value.prototype.stringValue = null;
      Value.prototype.boolValue = null;
      Value.prototype.structValue = null;
      Value.prototype.listValue = null;

      let $oneOfFields;

      $Object.defineProperty(Value.prototype, "kind", {
        get: $util.oneOfGetter(
          ($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
        ),
        set: $util.oneOfSetter($oneOfFields),
      });

      Value.create = function (properties) {
        return new Value(properties);
      };

      Value.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
          writer.uint32(8).int32(message.nullValue);
        if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
          writer.uint32(17).double(message.numberValue);
        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
          writer.uint32(26).string(message.stringValue);
        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
          writer.uint32(32).bool(message.boolValue);
        if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
          $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(42).fork(), _depth + 1).ldelim();
        if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
          $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(50).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      Value.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.Value();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 0) break;
              message.nullValue = reader.int32();
              message.kind = "nullValue";
              continue;
            }
            case 2: {
              if (wireType !== 1) break;
              message.numberValue = reader.double();
              message.kind = "numberValue";
              continue;
            }
            case 3: {
              if (wireType !== 2) break;
              message.stringValue = reader.stringVerify();
              message.kind = "stringValue";
              continue;
            }
            case 4: {
              if (wireType !== 0) break;
              message.boolValue = reader.bool();
              message.kind = "boolValue";
              continue;
            }
            case 5: {
              if (wireType !== 2) break;
              message.structValue = $root.google.protobuf.Struct.decode(
                reader,
                reader.size(),
                $undefined,
                _depth + 1,
                message.structValue,
              );
              message.kind = "structValue";
              continue;
            }
            case 6: {
              if (wireType !== 2) break;
              message.listValue = $root.google.protobuf.ListValue.decode(
                reader,
                reader.size(),
                $undefined,
                _depth + 1,
                message.listValue,
              );
              message.kind = "listValue";
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      Value.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.Value) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.Value: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.Value();
        switch (object.nullValue) {
          case "NULL_VALUE":
          case 0:
            message.nullValue = 0;
            break;
          default:
            if (typeof object.nullValue === "number" && (object.nullValue | 0) === object.nullValue)
              message.nullValue = object.nullValue;
        }
        if (object.numberValue != null) message.numberValue = $Number(object.numberValue);
        if (object.stringValue != null) message.stringValue = $String(object.stringValue);
        if (object.boolValue != null) message.boolValue = $Boolean(object.boolValue);
        if (object.structValue != null) {
          if (!$util.isObject(object.structValue))
            throw $TypeError(".google.protobuf.Value.structValue: object expected");
          message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, _depth + 1);
        }
        if (object.listValue != null) {
          if (!$util.isObject(object.listValue)) throw $TypeError(".google.protobuf.Value.listValue: object expected");
          message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, _depth + 1);
        }
        return message;
      };

      Value.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
          object.nullValue =
            options.enums === $String
              ? $root.google.protobuf.NullValue[message.nullValue] === $undefined
                ? message.nullValue
                : $root.google.protobuf.NullValue[message.nullValue]
              : message.nullValue;
          if (options.oneofs) object.kind = "nullValue";
        }
        if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
          object.numberValue =
            options.json && !$isFinite(message.numberValue) ? $String(message.numberValue) : message.numberValue;
          if (options.oneofs) object.kind = "numberValue";
        }
        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
          object.stringValue = message.stringValue;
          if (options.oneofs) object.kind = "stringValue";
        }
        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
          object.boolValue = message.boolValue;
          if (options.oneofs) object.kind = "boolValue";
        }
        if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
          object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, _depth + 1);
          if (options.oneofs) object.kind = "structValue";
        }
        if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
          object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, _depth + 1);
          if (options.oneofs) object.kind = "listValue";
        }
        return object;
      };

      Value.prototype.toJSON = function () {
        return Value.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Value;
    })();

    protobuf.NullValue = (function () {
      const valuesById = $Object.create(null),
        values = $Object.create(valuesById);
      values[(valuesById[0] = "NULL_VALUE")] = 0;
      return values;
    })();

    protobuf.ListValue = (function () {
      const ListValue = function (properties) {
        this.values = [];
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      ListValue.prototype.values = $util.emptyArray;

      ListValue.create = function (properties) {
        return new ListValue(properties);
      };

      ListValue.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.values != null && message.values.length)
          for (let i = 0; i < message.values.length; ++i)
            $root.google.protobuf.Value.encode(message.values[i], writer.uint32(10).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      ListValue.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.ListValue();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 2) break;
              if (!(message.values && message.values.length)) message.values = [];
              message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      ListValue.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.ListValue) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.ListValue: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.ListValue();
        if (object.values) {
          if (!$Array.isArray(object.values)) throw $TypeError(".google.protobuf.ListValue.values: array expected");
          message.values = $Array(object.values.length);
          for (let i = 0; i < object.values.length; ++i) {
            if (!$util.isObject(object.values[i]))
              throw $TypeError(".google.protobuf.ListValue.values: object expected");
            message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], _depth + 1);
          }
        }
        return message;
      };

      ListValue.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults) object.values = [];
        if (message.values && message.values.length) {
          object.values = $Array(message.values.length);
          for (let j = 0; j < message.values.length; ++j)
            object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, _depth + 1);
        }
        return object;
      };

      ListValue.prototype.toJSON = function () {
        return ListValue.toObject(this, $protobuf.util.toJSONOptions);
      };

      return ListValue;
    })();

    return protobuf;
  })();

  return google;
})());

export { $root as default };
