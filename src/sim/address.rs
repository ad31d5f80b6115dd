//! Elastic IP addresses: AllocateAddress, AssociateAddress, DisassociateAddress, ReleaseAddress.
//! ec2-facts 1.4: an Elastic IP stays associated across stop/start and is disassociated (still
//! allocated) on terminate (moto gets this wrong: ec2-facts 5.2 #10).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::clock::SimTime;
use super::error::{self, ApiError, ApiResult};
use super::events::{cli_command, EventMessage};
use super::instance::LifecycleState;
use super::region::region;
use super::world::World;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressAssociation {
    pub association_id: String,
    pub instance_id: String,
    pub private_ip: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub allocation_id: String,
    pub public_ip: String,
    pub region: String,
    pub allocated_at: SimTime,
    pub association: Option<AddressAssociation>,
    pub tags: BTreeMap<String, String>,
}

impl World {
    fn address_in(&self, region_name: &str, allocation_id: &str) -> ApiResult<&Address> {
        self.addresses
            .get(allocation_id)
            .filter(|a| a.region == region_name)
            .ok_or_else(|| error::allocation_not_found(allocation_id))
    }

    /// AllocateAddress (domain vpc).
    pub fn allocate_address(&mut self, region_name: &str) -> ApiResult<Address> {
        let r = region(region_name)?;
        let allocation_id = self.new_id("eipalloc");
        let public_ip = self.new_public_ip(r.name);
        let address = Address {
            allocation_id: allocation_id.clone(),
            public_ip: public_ip.clone(),
            region: r.name.to_string(),
            allocated_at: self.now,
            association: None,
            tags: BTreeMap::new(),
        };
        self.addresses
            .insert(allocation_id.clone(), address.clone());
        let cli = cli_command(
            r.name,
            "allocate-address",
            &["--domain".to_string(), "vpc".to_string()],
        );
        self.log_api(
            r.name,
            &allocation_id,
            EventMessage::AllocateAddress {
                public_ip: public_ip.clone(),
                allocation_id: allocation_id.clone(),
            },
            cli,
        );
        Ok(address)
    }

    /// AssociateAddress to a running or stopped instance. In a VPC, reassociation is automatic
    /// unless `allow_reassociation` is explicitly false. The instance's auto-assigned public IP is
    /// released; an Elastic IP it already had is disassociated.
    pub fn associate_address(
        &mut self,
        region_name: &str,
        allocation_id: &str,
        instance_id: &str,
        allow_reassociation: Option<bool>,
    ) -> ApiResult<String> {
        let r = region(region_name)?;
        let address = self.address_in(r.name, allocation_id)?.clone();
        let instance = self.instance_in(r.name, instance_id)?.clone();
        if !matches!(
            instance.state,
            LifecycleState::Running | LifecycleState::Stopped
        ) {
            return Err(error::instance_not_valid_for_operation(
                instance.state.as_str(),
                instance_id,
            ));
        }
        if let Some(existing) = &address.association {
            if existing.instance_id == instance_id {
                return Ok(existing.association_id.clone());
            }
            if allow_reassociation == Some(false) {
                return Err(ApiError::new(
                    "Resource.AlreadyAssociated",
                    format!(
                        "resource {allocation_id} is already associated with associate-id {}",
                        existing.association_id
                    ),
                ));
            }
            self.drop_association(allocation_id);
        }
        if let Some(previous) = instance.elastic_ip_allocation.clone() {
            self.drop_association(&previous);
        }
        let association_id = self.new_id("eipassoc");
        if let Some(a) = self.addresses.get_mut(allocation_id) {
            a.association = Some(AddressAssociation {
                association_id: association_id.clone(),
                instance_id: instance_id.to_string(),
                private_ip: instance.private_ip.clone().unwrap_or_default(),
            });
        }
        if let Some(i) = self.instances.get_mut(instance_id) {
            i.elastic_ip_allocation = Some(allocation_id.to_string());
            i.auto_public_ip = None;
        }
        let cli = cli_command(
            r.name,
            "associate-address",
            &[
                "--allocation-id".to_string(),
                allocation_id.to_string(),
                "--instance-id".to_string(),
                instance_id.to_string(),
            ],
        );
        self.log_api(
            r.name,
            allocation_id,
            EventMessage::AssociateAddress {
                public_ip: address.public_ip.clone(),
                instance_id: instance_id.to_string(),
                association_id: association_id.clone(),
            },
            cli,
        );
        Ok(association_id)
    }

    /// Removes an address's association on both sides (no new public IP: callers decide).
    fn drop_association(&mut self, allocation_id: &str) -> Option<String> {
        let a = self.addresses.get_mut(allocation_id)?;
        let assoc = a.association.take()?;
        if let Some(i) = self.instances.get_mut(&assoc.instance_id) {
            if i.elastic_ip_allocation.as_deref() == Some(allocation_id) {
                i.elastic_ip_allocation = None;
            }
        }
        Some(assoc.instance_id)
    }

    /// DisassociateAddress. A running instance gets a new auto-assigned public IP.
    pub fn disassociate_address(
        &mut self,
        region_name: &str,
        association_id: &str,
    ) -> ApiResult<()> {
        let r = region(region_name)?;
        let Some(allocation_id) = self
            .addresses
            .values()
            .find(|a| {
                a.region == r.name
                    && a.association
                        .as_ref()
                        .is_some_and(|x| x.association_id == association_id)
            })
            .map(|a| a.allocation_id.clone())
        else {
            return Err(error::association_not_found(association_id));
        };
        let instance_id = self.drop_association(&allocation_id);
        if let Some(id) = &instance_id {
            let give_ip = self.instances.get(id).is_some_and(|i| {
                i.assign_public_ip
                    && matches!(i.state, LifecycleState::Running | LifecycleState::Pending)
            });
            if give_ip {
                let ip = self.new_public_ip(r.name);
                if let Some(i) = self.instances.get_mut(id) {
                    i.auto_public_ip = Some(ip);
                }
            }
        }
        let cli = cli_command(
            r.name,
            "disassociate-address",
            &["--association-id".to_string(), association_id.to_string()],
        );
        self.log_api(
            r.name,
            &allocation_id,
            EventMessage::DisassociateAddress {
                association_id: association_id.to_string(),
            },
            cli,
        );
        Ok(())
    }

    /// ReleaseAddress: only when not associated.
    pub fn release_address(&mut self, region_name: &str, allocation_id: &str) -> ApiResult<()> {
        let r = region(region_name)?;
        let address = self.address_in(r.name, allocation_id)?;
        if address.association.is_some() {
            // [UNVERIFIED] code and wording.
            return Err(ApiError::new(
                "InvalidIPAddress.InUse",
                format!("Address '{}' is in use.", address.public_ip),
            ));
        }
        if let Some(a) = self.addresses.remove(allocation_id) {
            self.billing.close_address(&a, self.now);
        }
        let cli = cli_command(
            r.name,
            "release-address",
            &["--allocation-id".to_string(), allocation_id.to_string()],
        );
        self.log_api(
            r.name,
            allocation_id,
            EventMessage::ReleaseAddress {
                allocation_id: allocation_id.to_string(),
            },
            cli,
        );
        Ok(())
    }
}
